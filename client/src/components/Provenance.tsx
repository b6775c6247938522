// Where an entity's facts come from, in the interface's language: each group of fields with
// the quote that states them, or the reason a reference or derived value holds. Text in the
// other language (a name's English original) is labelled as such and marked with its `lang`.
import { useTranslation } from 'react-i18next';
import type { DetailsQuery } from '../gql/graphql';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';
import { MAX_DETAILS, UserText } from './UserText';

type ProvenanceItem = NonNullable<DetailsQuery['entity']>['provenance'][number];
type Support = NonNullable<DetailsQuery['entity']>['support'][number];

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

/**
 * How well a quoted group of facts is sourced: corroborated when two documents or two language
 * versions state one of them (the best supported is named), else one source.
 */
function Confidence({
  fields,
  support,
}: {
  fields: readonly string[];
  support: readonly Support[];
}) {
  const { t } = useTranslation();
  const best = support
    .filter((s) => fields.includes(s.field) && s.corroborated)
    .sort((a, b) => b.documents + b.languages - (a.documents + a.languages))[0];
  return (
    <span className="confidence" data-testid="confidence" data-corroborated={best !== undefined}>
      {best
        ? t('details.corroborated', {
            documents: t('edge.documents', { count: best.documents }),
            langs: t('details.languages', { count: best.languages }),
          })
        : t('details.singleSource')}
    </span>
  );
}

export function ProvenanceList({
  items,
  support,
  lang,
}: {
  items: readonly ProvenanceItem[];
  support: readonly Support[];
  lang: Lang;
}) {
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
                <Citation ev={ev} lang={lang} /> <Confidence fields={p.fields} support={support} />
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
