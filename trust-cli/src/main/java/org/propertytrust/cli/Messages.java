package org.propertytrust.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.money.Rate;
import org.propertytrust.rules.Rule;

/**
 * The command's words in one language (Chinese or English), and how it writes amounts, rates and
 * dates for people.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {
  private final ResourceBundle bundle;
  private final boolean chinese;

  private Messages(Locale locale) {
    this.chinese = locale.getLanguage().equals("zh");
    this.bundle =
        ResourceBundle.getBundle(
            "org.propertytrust.cli.messages",
            chinese ? Locale.CHINESE : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})\\}");

  private static final Messages ENGLISH = new Messages(Locale.ROOT);

  /** The English messages, for logs and the stable JSON reports. */
  static Messages english() {
    return ENGLISH;
  }

  /**
   * Returns the messages for a language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale; not null
   * @return the messages
   */
  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  /**
   * Returns the messages for a {@code --lang} value, or for the default locale when absent.
   *
   * @param lang {@code zh} or {@code en} (in any case), or empty; not null
   * @return the messages
   * @throws IllegalArgumentException for another language
   */
  public static Messages forLang(Optional<String> lang) {
    return of(lang.map(l -> Locale.forLanguageTag(language(l))).orElse(Locale.getDefault()));
  }

  /**
   * Checks a {@code --lang} value: the command speaks Chinese and English only.
   *
   * @param lang the value; not null
   * @return {@code zh} or {@code en}
   * @throws IllegalArgumentException for anything but {@code zh} or {@code en}, in any case
   */
  public static String language(String lang) {
    String lower = lang.toLowerCase(Locale.ROOT);
    if (!lower.equals("zh") && !lower.equals("en")) {
      throw new IllegalArgumentException(
          "'" + lang + "' is not a language of trust: expected zh or en");
    }
    return lower;
  }

  /**
   * Tells whether the messages are Chinese.
   *
   * @return true for Chinese
   */
  public boolean isChinese() {
    return chinese;
  }

  /**
   * Returns the language tag.
   *
   * @return {@code zh} or {@code en}
   */
  public String language() {
    return chinese ? "zh" : "en";
  }

  /**
   * Returns a message with its {@code {0}}, {@code {1}}, ... placeholders filled.
   *
   * @param key the key; not null
   * @param args the values; not null
   * @return the message
   */
  public String get(String key, Object... args) {
    String text = bundle.getString(key);
    // one pass, so that a value holding "{1}" (a file name, a name from a book) stays as it is
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (placeholder.find()) {
      int i = Integer.parseInt(placeholder.group(1));
      String value = placeholder.group();
      if (i < args.length) {
        Object arg = args[i];
        value = arg instanceof Text t ? get(t.key(), t.args()) : String.valueOf(arg);
      }
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(out).toString();
  }

  /**
   * Returns a count with its noun, singular or plural as the language needs ({@code 1 error},
   * {@code 2 errors}): the bundle holds {@code key.one} and {@code key.other}, each with {@code
   * {0}} for the number.
   *
   * @param key the key, without {@code .one} or {@code .other}; not null
   * @param n the count
   * @return the text
   */
  public String plural(String key, long n) {
    return get(key + (n == 1 ? ".one" : ".other"), n);
  }

  /**
   * Names the currency amounts are in: {@code 元} for CNY in Chinese, the Chinese name of another
   * currency, or the ISO code in English.
   *
   * @param currency the currency; not null
   * @return the name
   */
  public String currency(CurrencyUnit currency) {
    if (!chinese) {
      return currency.getCode();
    }
    String name = currency.toCurrency().getDisplayName(Locale.CHINESE);
    return getOr("currency." + currency.getCode(), name);
  }

  /**
   * Returns a message, or a fallback when the bundle has no such key.
   *
   * @param key the key; not null
   * @param fallback the text to use otherwise; not null
   * @return the message or the fallback
   */
  public String getOr(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  /**
   * Returns a fee's name ({@code 物业费} for {@code property}), or its code.
   *
   * @param code the fee code; not null
   * @return the name
   */
  public String fee(String code) {
    return getOr("fee." + code, code);
  }

  /**
   * Returns a spending category's name, or its code.
   *
   * @param code the category; not null
   * @return the name
   */
  public String category(String code) {
    return getOr("category." + code, code);
  }

  /**
   * Returns a public-revenue source's name, or its code.
   *
   * @param code the source; not null
   * @return the name
   */
  public String source(String code) {
    return getOr("source." + code, code);
  }

  /**
   * Describes when a rule is violated: in Chinese from the bundle ({@code rule.<id>.description}),
   * in English as the rule itself says.
   *
   * @param rule the rule; not null
   * @return the description
   */
  public String ruleDescription(Rule rule) {
    return chinese
        ? getOr("rule." + rule.id() + ".description", rule.description())
        : rule.description();
  }

  /**
   * Writes an amount with thousands separators and the currency's decimals, no symbol ({@code
   * 1,234.56}).
   *
   * @param amount the amount; not null
   * @return the text
   */
  public String money(Money amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int scale = amount.getScale();
    if (scale > 0) {
      format.applyPattern("#,##0." + "0".repeat(scale));
    }
    format.setParseBigDecimal(true);
    return format.format(amount.getAmount());
  }

  /**
   * Writes a rate as a percentage with two decimals ({@code 92.00%}), or a dash when absent.
   *
   * @param rate the rate; not null
   * @return the text
   */
  public String rate(Optional<Rate> rate) {
    return rate.map(r -> r.toDecimal().movePointRight(2).setScale(2).toPlainString() + "%")
        .orElse("—");
  }

  /**
   * Writes a count with its total ({@code 46 / 50}).
   *
   * @param part the part
   * @param whole the whole
   * @return the text
   */
  public String count(int part, int whole) {
    return part + " / " + whole;
  }

  /**
   * Writes a date ({@code 2024年3月31日} or {@code 2024-03-31}).
   *
   * @param date the date; not null
   * @return the text
   */
  public String date(LocalDate date) {
    return chinese
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.toString();
  }

  /**
   * Writes a month ({@code 2024年3月} or {@code 2024-03}).
   *
   * @param month the month; not null
   * @return the text
   */
  public String month(YearMonth month) {
    return chinese ? month.getYear() + "年" + month.getMonthValue() + "月" : month.toString();
  }

  /**
   * Writes a decimal such as an area with thousands separators, keeping its decimals ({@code
   * 1,234.50}).
   *
   * @param value the decimal; not null
   * @return the text
   */
  public String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int scale = Math.max(0, value.scale());
    if (scale > 0) {
      format.applyPattern("#,##0." + "0".repeat(scale));
    }
    return format.format(value);
  }

  /**
   * Writes a decimal as is.
   *
   * @param value the decimal; not null
   * @return the plain string
   */
  public String decimal(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Masks a person's name for a public notice: the first character stays, the rest become asterisks
   * ({@code 张伟} becomes {@code 张*}; personal-information law).
   *
   * @param name the name; not null
   * @return the masked name
   */
  public static String mask(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    int first = trimmed.offsetByCodePoints(0, 1);
    int rest = trimmed.codePointCount(first, trimmed.length());
    return trimmed.substring(0, first) + "*".repeat(Math.max(1, rest));
  }
}
