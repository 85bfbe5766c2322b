import type { Page } from 'playwright';

/** The steps people take in the consoles, shared by the end-to-end test and the benchmark. */
export async function signInStaff(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function askForHelp(customer: Page, serverUrl: string, name: string, problem: string): Promise<string> {
  await customer.goto(`${serverUrl}/join`);
  await customer.getByLabel('Your name').fill(name);
  await customer.getByLabel('What do you need help with?').fill(problem);
  await customer.getByRole('button', { name: 'Get help' }).click();
  const code = customer.getByTestId('session-code');
  await code.waitFor();
  return (await code.textContent()) ?? '';
}

export async function takeFromQueue(engineer: Page, problem: string): Promise<void> {
  const row = engineer.getByTestId('queue-row').filter({ hasText: problem });
  await row.getByRole('button', { name: 'Take' }).click();
}

export async function allowAndShare(customer: Page, engineerName: string, options: { systemInformation?: boolean } = {}): Promise<void> {
  if (options.systemInformation) await customer.getByLabel('Share system information').check();
  await customer.getByRole('button', { name: 'Allow' }).click();
  await customer.getByText(`Connected with ${engineerName}.`).waitFor({ timeout: 20_000 });
  await customer.getByRole('button', { name: 'Choose screen to share' }).click();
  await customer.getByTestId('sharing-bar').getByText(`Sharing your screen with ${engineerName}`).waitFor();
}

/** The epoch time (sub-millisecond) at which a page recorded a Firstline timing mark. */
export async function timingMark(page: Page, name: 'screen-track-ready' | 'first-frame', timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => {
      const entry = performance.getEntriesByName(`firstline:${mark}`)[0] as PerformanceMark | undefined;
      return entry ? (entry.detail as { epochMs: number }).epochMs : null;
    },
    name,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** An engineer signed in and a customer sharing with them: the start of most browser tests. */
export async function startSharedSession(options: {
  engineer: Page;
  customer: Page;
  serverUrl: string;
  engineerEmail: string;
  engineerPassword: string;
  engineerName: string;
  customerName: string;
  problem: string;
  /** Tick "Share system information" on the consent screen (it is opt-in). */
  systemInformation?: boolean;
}): Promise<void> {
  await signInStaff(options.engineer, `${options.serverUrl}/engineer`, options.engineerEmail, options.engineerPassword);
  await askForHelp(options.customer, options.serverUrl, options.customerName, options.problem);
  await takeFromQueue(options.engineer, options.problem);
  await allowAndShare(options.customer, options.engineerName, { systemInformation: options.systemInformation });
}
