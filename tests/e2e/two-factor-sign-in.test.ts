import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../signaling-server/src/auth/totp';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, startE2e, type E2eFixture } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { ADMIN_EMAIL } from '../support/test-server';

describe('two-factor sign-in in the consoles', () => {
  let e2e: E2eFixture;
  beforeAll(async () => {
    e2e = await startE2e('Grace Hopper');
  }, 60_000);
  afterAll(async () => e2e?.close());

  it('an admin requires it; an engineer enrols by QR code, then signs in with a code', { timeout: 60_000 }, async () => {
    const admin = await e2e.newPage(1300, 900);
    await signInStaff(admin, `${e2e.server.url}/admin#/users`, ADMIN_EMAIL, e2e.server.adminPassword);
    await admin.getByLabel('Require two-factor sign-in for all staff').click();
    await admin.getByText('Turn on two-factor sign-in for your own account first').waitFor();
    await admin.getByRole('link', { name: 'Account' }).click();
    await admin.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const adminSecret = (await admin.getByTestId('totp-secret').textContent())!;
    await admin.getByLabel('Authenticator code').fill(currentTotp(adminSecret, Date.now()));
    await admin.getByRole('button', { name: 'Turn on' }).click();
    await admin.getByText('On: signing in needs a code from your authenticator app.').waitFor();
    await screenshot(admin, 'admin-account');
    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByLabel('Require two-factor sign-in for all staff').check();
    await expect.poll(() => admin.getByLabel('Require two-factor sign-in for all staff').isChecked()).toBe(true);
    await screenshot(admin, 'admin-users-security');

    const engineer = await e2e.newPage();
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    await engineer.getByText('Your organisation requires two-factor sign-in. Set it up to continue.').waitFor();
    await engineer.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await engineer.getByTestId('totp-secret').textContent())!;
    expect(
      await engineer
        .getByRole('img', { name: 'QR code for your authenticator app' })
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(100);
    await screenshot(engineer, 'engineer-totp-enrolment');
    await engineer.getByLabel('Authenticator code').fill(currentTotp(secret, Date.now()));
    await engineer.getByRole('button', { name: 'Turn on' }).click();
    await engineer.getByText('Nobody is waiting').waitFor();

    await engineer.getByRole('button', { name: 'Sign out' }).click();
    await engineer.getByLabel('Email').fill(e2e.engineerEmail);
    await engineer.getByLabel('Password').fill(ENGINEER_PASSWORD);
    await engineer.getByRole('button', { name: 'Sign in' }).click();
    // The code that turned two-factor on is spent; the next step's code (still within the window) signs in.
    await engineer.getByLabel('Authenticator code').fill(currentTotp(secret, Date.now() + 30_000));
    await engineer.getByRole('button', { name: 'Sign in' }).click();
    await engineer.getByText('Nobody is waiting').waitFor();

    await admin.reload();
    const row = admin.getByTestId('user-row').filter({ hasText: 'Grace Hopper' });
    await row.getByText('2FA').waitFor();
    await row.getByRole('button', { name: 'Reset password' }).click();
    const temporary = (await admin.getByTestId('temporary-password').textContent())!;
    expect(temporary).toHaveLength(16);
    await engineer.reload();
    await engineer.getByLabel('Email').waitFor();
  });
});
