import { useTranslation } from 'react-i18next';
import { nodeName } from '../../graph/subgraph';
import { Sentence, SLOT, UserText } from '../UserText';
import type { Question } from './model';
import { ViewLink, type Navigate } from './ViewLink';

export function Questions({ questions, nav }: { questions: Question[]; nav: Navigate }) {
  const { t } = useTranslation();
  const lang = nav.view.lang;
  return (
    <section className="landing-questions" aria-labelledby="landing-questions-title">
      <h2 id="landing-questions-title">{t('landing.questions')}</h2>
      <ul data-testid="landing-questions">
        {questions.map((q) => (
          <li key={`${q.kind}:${q.target.id}`}>
            <ViewLink nav={nav} id={q.target.id} direction={q.direction}>
              {q.kind === 'why' ? (
                <Sentence text={t('landing.why', { name: SLOT })}>
                  <UserText text={nodeName(q.target, lang)} />
                </Sentence>
              ) : (
                <Sentence text={t(`landing.whatCreated_${q.target.mandateType}`, { number: SLOT })}>
                  <UserText text={q.target.number} />
                </Sentence>
              )}
            </ViewLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
