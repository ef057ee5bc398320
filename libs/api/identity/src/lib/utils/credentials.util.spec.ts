import { displayNameProblem, normaliseEmail, passwordProblem } from './credentials.util';

describe('credentials', () => {
  it('accepts long, uncommon passwords and says why others are refused', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('elevenchars')).toBe('The password must have at least 12 characters.');
    expect(passwordProblem('x'.repeat(257))).toBe('The password must have at most 256 characters.');
    expect(passwordProblem('MotDePasse123')).toBe(
      'This password is too common: choose one that is harder to guess.',
    );
    expect(passwordProblem('abababababab')).toBe(
      'This password is too common: choose one that is harder to guess.',
    );
  });

  it('normalises email addresses and rejects what is not one', () => {
    expect(normaliseEmail('  Awa.Diallo@Example.ORG ')).toBe('awa.diallo@example.org');
    for (const bad of ['', 'awa', 'awa@', '@example.org', 'awa@example', 'a b@example.org']) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });

  it('wants a display name of 1 to 80 characters', () => {
    expect(displayNameProblem('Awa')).toBeNull();
    expect(displayNameProblem('  ')).not.toBeNull();
    expect(displayNameProblem('x'.repeat(81))).not.toBeNull();
  });
});
