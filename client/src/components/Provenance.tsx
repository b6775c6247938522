// Where an entity's facts come from, in the interface's language: each group of fields with
// the quote that states them, or the reason a reference or derived value holds. Text in the
// other language (a name's English original) is labelled as such and marked with its `lang`.
import { useTranslation } from 'react-i18next';
import type { DetailsQuery } from '../gql/graphql';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';
import { MAX_DETAILS, UserText } from './UserText';

type ProvenanceItem = NonNullable<DetailsQuery['entity']>['provenance'][number];

/** "по-английски: …": data in the other language, labelled, never passed off as a translation. */
export function OtherLanguage({ text, lang }: { text: string; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <span className="other-language" data-original={lang}>
      {t(`details.inLang_${lang}`)}: <UserText text={text} lang={lang} max={MAX_DETAILS} />
    </span>
  );
}

function fieldName(field: string, t: (k: string) => string, exists: (k: string) => boolean) {
  const key = `field.${field.replace('.', '_')}`;
  return exists(key) ? t(key) : field;
}

export function ProvenanceList({ items, lang }: { items: readonly ProvenanceItem[]; lang: Lang }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="provenance" data-testid="provenance">
      {items.map((p, i) => {
        const note = lang === 'ru' ? (p.noteRu ?? p.note) : p.note;
        const ev = p.evidence;
        return (
          <li key={i}>
            <span className="fields">
              {p.fields.map((f) => fieldName(f, t, (k) => i18n.exists(k))).join(', ')}
            </span>
            {' — '}
            {ev ? (
              <>
                <Citation ev={ev} lang={lang} />
                <blockquote lang={ev.lang.toLowerCase()}>{ev.quote}</blockquote>
              </>
            ) : (
              t(`provenance.${p.source}`)
            )}
            {note ? (
              <span className="note">
                {' ('}
                <UserText text={note} max={MAX_DETAILS} />)
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
