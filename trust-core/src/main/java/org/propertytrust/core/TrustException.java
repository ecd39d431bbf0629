package org.propertytrust.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type of Property Trust: a value that cannot exist, or a misuse of the API.
 *
 * <p>It is thrown when a structural invariant fails at construction (a negative amount, a line with
 * both a debit and a credit, a currency other than the community's, a bad period) and when an
 * operation is asked to do something its state forbids (paying an expenditure that is not payable,
 * posting a different entry under an existing id). Business problems of a book (unbalanced entries,
 * missing approvals, overdrafts) are never thrown: they are representable and reported as rule
 * violations.
 *
 * <p>The message names the offending value, for example {@code "amount must not be negative: CNY
 * -1.00"}. When several problems were found at once, {@link #problems()} lists each of them and the
 * message joins them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrustException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, one message each; never empty. */
  private final ImmutableList<String> problems;

  /**
   * Creates an exception with one problem.
   *
   * @param message what is wrong, naming the value; not null
   */
  public TrustException(String message) {
    super(message);
    this.problems = ImmutableList.of(message);
  }

  /**
   * Creates an exception that reports several problems found together.
   *
   * @param problems the problems, one message each; not null, not empty
   * @return the exception, whose message joins the problems with {@code "; "}
   */
  public static TrustException ofProblems(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return new TrustException(ImmutableList.copyOf(problems));
  }

  private TrustException(ImmutableList<String> problems) {
    super(problems.size() == 1 ? problems.get(0) : String.join("; ", problems));
    this.problems = problems;
  }

  /**
   * Returns each problem this exception reports, in the order found.
   *
   * @return the problems; never empty
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Throws a {@code TrustException} unless the condition holds, in the style of Guava's {@code
   * Preconditions}: the template's {@code %s} placeholders are filled with the arguments.
   *
   * @param condition the invariant that must hold
   * @param template the message template, naming the offending value; not null
   * @param args the values for the template
   * @throws TrustException if the condition is false
   */
  public static void check(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new TrustException(format(template, args));
    }
  }

  private static String format(String template, @Nullable Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int from = 0;
    int used = 0;
    while (used < args.length) {
      int at = template.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      out.append(template, from, at).append(args[used++]);
      from = at + 2;
    }
    out.append(template, from, template.length());
    return out.toString();
  }
}
