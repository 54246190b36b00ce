// Who the email is for and which pack applies ("To a client (acme.com) — Strict"), with a choice
// to change the audience for this email only.
import { AUDIENCES, type Audience } from '../../engine/audience';
import type { AudienceView } from '../../platform/messages';
import { t, type MessageKey } from '../../i18n';

const LABEL: Record<Audience, MessageKey> = { client: 'audClient', executive: 'audExecutive', colleague: 'audColleague', vendor: 'audVendor', unknown: 'audUnknown' };
const CHOICE: Record<Audience, MessageKey> = { client: 'audChoiceClient', executive: 'audChoiceExecutive', colleague: 'audChoiceColleague', vendor: 'audChoiceVendor', unknown: 'audChoiceUnknown' };

/** A pack's name as the user knows it: the built-in ones translated, a trainer's as named. */
export function packLabel(name: string): string {
  return name === 'standard' ? t('packStandard') : name === 'strict' ? t('packStrict') : name;
}

export function audienceText(audience: AudienceView, pack: string): string {
  return t('audLine', t(LABEL[audience.audience]), audience.domain ? ` (${audience.domain})` : '', packLabel(pack));
}

export function AudienceLine({ audience, pack, onChange }: { audience: AudienceView; pack: string; onChange: (a: Audience | undefined) => void }) {
  return (
    <section className="audience" aria-label={t('audHeading')} data-audience={audience.audience} data-pack={pack} data-source={audience.source}>
      <p className="who" role="status">{audienceText(audience, pack)}</p>
      {audience.newContact && <p className="new-contact" data-new-contact>{t('audNewContact')}</p>}
      <label className="change">
        {t('audChange')}{' '}
        <select value={audience.source === 'override' ? audience.audience : ''} onChange={(e) => onChange((e.target.value || undefined) as Audience | undefined)} data-input="audience">
          <option value="">{t('audFromRecipients')}</option>
          {AUDIENCES.map((a) => (
            <option key={a} value={a}>{t(CHOICE[a])}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
