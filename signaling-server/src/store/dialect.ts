/** The two databases the store runs on: the embedded default and PostgreSQL. */
export type Dialect = 'sqlite' | 'postgres';
