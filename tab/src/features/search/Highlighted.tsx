import type { MarkedText } from '../../../../shared/contract/search.js';
import { splitHighlights } from './highlight.js';
import { useSearchPageStyles } from './SearchPage.styles.js';

/** Text with the matched words in `<mark>`; all of it text nodes, never markup. */
export function Highlighted(props: { readonly value: MarkedText; readonly className?: string }) {
  const styles = useSearchPageStyles();
  return (
    <span className={props.className}>
      {splitHighlights(props.value).map((part, index) =>
        part.marked ? (
          <mark key={index} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
