import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../renderer/src/features/i18n/pick-language';
import { screenshot } from '../support/browser';
import { withE2e } from '../support/e2e-fixture';
import { walkEveryScreen } from '../support/screen-walk';

interface Finding {
  language: string;
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * axe-core on every screen of the three roles, in all five languages: no critical or serious
 * violation anywhere (the moderate and minor ones are printed, and must stay at zero too).
 */
describe('accessibility (axe-core) on every screen, in every language', () => {
  const fixture = withE2e('Grace Hopper');

  it('finds no violations', { timeout: 600_000 }, async () => {
    const findings: Finding[] = [];
    let screens = 0;
    for (const { code: language } of SUPPORTED_LANGUAGES) {
      await walkEveryScreen(
        fixture.e2e,
        language,
        async (screen, page) => {
          screens += 1;
          // Right to left and the longest strings: kept to be looked at.
          if (language === 'ar' || language === 'vi') await screenshot(page, `walk-${language}-${screen.replace(/[^a-z]+/gi, '-')}`);
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations)
            findings.push({
              language,
              screen,
              rule: v.id,
              impact: v.impact ?? 'unknown',
              targets: v.nodes.slice(0, 3).map((n) => String(n.target)),
            });
        },
        language,
      );
    }
    for (const f of findings) console.log(`[axe] ${f.impact} ${f.rule} — ${f.language} ${f.screen}: ${f.targets.join(' | ')}`);
    console.log(`[axe] ${screens} screens scanned, ${findings.length} violations`);
    expect(screens).toBeGreaterThanOrEqual(5 * 17);
    expect(findings.filter((f) => f.impact === 'critical' || f.impact === 'serious')).toEqual([]);
    expect(findings).toEqual([]);
  });
});
