// What a document states, before (dry run) or after it is added: the statements with their
// quotes, what the rules did not understand, the warnings, and the text as read with every
// quote marked, so a researcher checks each statement against its sentence.
import { ownWarnings, type AddedDocument, type ReportedEvidence } from '@common/ingest-report';
import { useTranslation } from 'react-i18next';
import { highlight } from '../reader/highlight';
import type { Lang } from '../state/view-state';
import { UserText } from '../components/UserText';

interface Props {
  report: AddedDocument;
  lang: Lang;
}

const evidenceOf = (r: AddedDocument['relations'][number]): ReportedEvidence[] => [
  ...(r.evidence ? [r.evidence] : []),
  ...(r.moreEvidence ?? []),
];

export function DocumentPreview({ report, lang }: Props) {
  const { t } = useTranslation();
  const names = new Map(
    report.entities.map((e) => [e.id, lang === 'ru' ? e.names.ru : e.names.en]),
  );
  const name = (id: string) => names.get(id) ?? id;
  const key = (i: number) => `s${String(i)}`;
  // The action where it says more than the relation's name ("creates (established)" but not
  // "учреждает (учреждает)").
  const action = (r: AddedDocument['relations'][number]) => {
    const a = lang === 'ru' ? (r.actionRu ?? r.action) : r.action;
    return a && a !== t(`rel.${r.type}`, { defaultValue: r.type }) ? a : null;
  };
  return (
    <div className="preview" data-testid="add-preview">
      <h3>{t('add.statementsTitle')}</h3>
      {report.relations.length === 0 ? (
        <p>{t('add.noStatements')}</p>
      ) : (
        <ol className="preview-statements" data-testid="add-statements">
          {report.relations.map((r, i) => (
            <li key={i} id={key(i)}>
              <span className="statement">
                <strong>
                  <UserText text={name(r.from)} />
                </strong>{' '}
                — {t(`rel.${r.type}`, { defaultValue: r.type })}
                {action(r) ? ` (${action(r) ?? ''})` : ''} →{' '}
                <strong>
                  <UserText text={name(r.to)} />
                </strong>
              </span>
              {evidenceOf(r).map((e, j) => (
                <blockquote key={j} lang={e.lang}>
                  {e.paragraph !== null ? `${t('add.paragraph', { n: e.paragraph })}: ` : ''}
                  {e.quote}
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
      )}
      {report.proposals.length > 0 && (
        <>
          <h3>{t('add.proposalsTitle')}</h3>
          <ul data-testid="add-proposals">
            {report.proposals.map((p) => (
              <li key={p.id}>
                <strong>
                  <UserText text={lang === 'ru' ? p.names.ru : p.names.en} />
                </strong>
                <blockquote lang={p.evidence.lang}>
                  {p.evidence.paragraph !== null
                    ? `${t('add.paragraph', { n: p.evidence.paragraph })}: `
                    : ''}
                  {p.evidence.quote}
                </blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unmatched.length > 0 && (
        <>
          <h3>{t('add.unmatchedTitle')}</h3>
          <ul data-testid="add-unmatched">
            {report.unmatched.map((u, i) => (
              <li key={i}>
                {u.paragraph !== null ? `${t('add.paragraph', { n: u.paragraph })} — ` : ''}
                {t(`add.unmatchedKind.${u.kind}`)}: «<UserText text={u.text} />»
              </li>
            ))}
          </ul>
        </>
      )}
      {ownWarnings(report).length > 0 && (
        <>
          <h3>{t('add.warningsTitle')}</h3>
          <ul data-testid="add-warnings">
            {ownWarnings(report).map((w, i) => (
              <li key={i}>
                <UserText text={w} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('add.textTitle')}</h3>
      <div className="preview-text" lang={report.document.lang}>
        {report.text.map((b) => {
          const quotes = report.relations.flatMap((r, i) =>
            evidenceOf(r)
              .filter((e) => e.paragraph === b.number)
              .map((e) => ({ quote: e.quote, relationId: key(i) })),
          );
          return (
            <div key={b.index} className={`reader-block ${b.context.toLowerCase()}`}>
              {b.number !== null ? <span className="reader-number">{b.number}.</span> : null}
              <p>
                {highlight(b.text, quotes).map((piece, i) =>
                  piece.relations.length === 0 ? (
                    <span key={i}>{piece.text}</span>
                  ) : (
                    <a
                      key={i}
                      className="reader-quote"
                      data-testid="add-quote"
                      href={`#${piece.relations[0] ?? ''}`}
                    >
                      {piece.text}
                    </a>
                  ),
                )}
              </p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
