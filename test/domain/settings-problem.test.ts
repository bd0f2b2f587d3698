/**
 * A rejected setting is worded by the catalogue in the reader's language, never with zod's
 * English sentence inside a Dutch one ("Ongeldige instelling price: Expected number"), and a
 * price is called a price, never "bedrag of percentage".
 */
import { describe, expect, it } from 'vitest';
import { validateYearOptions } from '../../src/domain/billing/advances';
import { settingsFromFile } from '../../src/domain/settings-file';
import { parseXpertSettings } from '../../src/domain/xpert/settings';

const errorOf = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; nl: string; en: string } }) => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('rejected settings', () => {
  it('a bad price is a price per dossier, a bad VAT a VAT percentage, in each language', () => {
    const price = errorOf(settingsFromFile({ price: 'negen' }));
    expect(price.nl).toBe("'negen' is geen geldige prijs per dossier.");
    expect(price.en).toBe("'negen' is not a valid price per dossier.");
    const vat = errorOf(settingsFromFile({ price: '9,85', vat: 'x' }));
    expect(vat.nl).toBe("'x' is geen geldig btw-percentage.");
    expect(vat.en).toBe("'x' is not a valid VAT percentage.");
  });

  it('a staffel tier with a bad price names the tier, and no price at all names both ways to give one', () => {
    const tier = errorOf(settingsFromFile({ staffel: { kind: 'graduated', tiers: [{ from: 0, price: '9,85' }, { from: 100, price: 'veel' }] } } as never));
    expect(tier.nl).toBe("'veel' is geen geldige prijs voor schijf 2 van de staffel.");
    expect(errorOf(settingsFromFile({})).nl).toBe('Geef een prijs per dossier (--price) of een staffel (--settings).');
  });

  it('a schema issue is worded by its kind, with the key as the user wrote it', () => {
    const unknown = errorOf(parseXpertSettings({ rateE4: 12_500, smsRateE4: 900, colour: 'red' }));
    expect(unknown.code).toBe('settings.invalid');
    expect(unknown.nl).toBe("Instelling 'colour' klopt niet: deze instelling bestaat niet.");
    expect(unknown.en).toBe("Setting 'colour' is not valid: this setting does not exist.");
    const year = errorOf(validateYearOptions({ smallDifferenceBasisPoints: -1 }));
    expect(year.code).toBe('year.invalid');
    expect(year.nl).toBe("Ongeldige invoer 'smallDifferenceBasisPoints': de waarde is te klein.");
    expect(year.en).toBe("Invalid input 'smallDifferenceBasisPoints': the value is too small.");
  });
});
