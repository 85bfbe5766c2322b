import { describe, expect, it } from 'vitest';
import { numberedName, safeFileName } from '../../../../electron/files/safe-file-name';

describe('safe names for received files', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../.bashrc', 'bashrc'],
    ['..\\..\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Users\\a\\notes.txt', 'notes.txt'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['trailing dots... ', 'trailing dots'],
    ['photo\u202Egpj.exe', 'photo_gpj.exe'],
    ['tab\there.txt', 'tab_here.txt'],
    ['..', 'file'],
    ['   ', 'file'],
    ['.pdf', 'pdf'],
    ['汉字 文件.docx', '汉字 文件.docx'],
  ])('%j is saved as %j', (sent, safe) => {
    expect(safeFileName(sent)).toBe(safe);
  });

  it('keeps names within 200 bytes and keeps the extension', () => {
    const name = safeFileName(`${'文'.repeat(300)}.zip`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name.endsWith('.zip')).toBe(true);
  });

  it('numbers a taken name before its extension', () => {
    expect(numberedName('report.pdf', 0)).toBe('report.pdf');
    expect(numberedName('report.pdf', 2)).toBe('report (2).pdf');
    expect(numberedName('README', 1)).toBe('README (1)');
  });
});
