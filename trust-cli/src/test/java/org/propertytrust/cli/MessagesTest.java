package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RuleSet;

class MessagesTest {
  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void theChineseBundleDescribesEveryRuleOfTheCatalog() throws IOException {
    Properties zh = bundle("messages_zh.properties");
    for (Rule rule : RuleSet.standard().rules()) {
      String key = "rule." + rule.id() + ".description";
      assertThat(zh.getProperty(key)).as(key).isNotBlank().containsPattern("\\p{IsHan}");
    }
    // and describes no rule the catalog does not have
    long described = zh.stringPropertyNames().stream().filter(k -> k.startsWith("rule.")).count();
    assertThat(described).isEqualTo(RuleSet.standard().rules().size());
  }

  @Test
  void theChineseBundleHasEveryKeyOfTheEnglishOne() throws IOException {
    Properties en = bundle("messages.properties");
    Properties zh = bundle("messages_zh.properties");
    assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
  }

  @Test
  void countsAreSingularOrPluralInEnglish() {
    Messages en = Messages.of(Locale.ENGLISH);
    assertThat(en.plural("count.errors", 0)).isEqualTo("0 errors");
    assertThat(en.plural("count.errors", 1)).isEqualTo("1 error");
    assertThat(en.plural("count.errors", 2)).isEqualTo("2 errors");
    assertThat(en.plural("count.problems", 1)).isEqualTo("1 problem");
    assertThat(en.plural("count.entries", 1)).isEqualTo("1 entry checked");
    Messages zh = Messages.of(Locale.CHINESE);
    assertThat(zh.plural("count.errors", 1)).isEqualTo("错误1项");
    assertThat(zh.plural("count.errors", 3)).isEqualTo("错误3项");
  }

  @Test
  void onlyChineseAndEnglishAreLanguagesOfTheCommand() {
    assertThat(Messages.language("ZH")).isEqualTo("zh");
    assertThat(Messages.language("en")).isEqualTo("en");
    for (String other : new String[] {"fr", "xx-!!", "", " zh", "zh-CN", "chinese"}) {
      assertThatThrownBy(() -> Messages.forLang(Optional.of(other)))
          .as(other)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected zh or en");
    }
    assertThat(Messages.forLang(Optional.of("Zh")).isChinese()).isTrue();
  }

  @Test
  void aValueThatLooksLikeAPlaceholderStaysAsItIs() {
    Messages en = Messages.of(Locale.ENGLISH);
    assertThat(en.get("error.unreadable", "{1}.json", "no such file"))
        .isEqualTo("cannot read {1}.json: no such file");
    assertThat(en.get("error.write", "a$1\\b", new Text("io.denied")))
        .isEqualTo("cannot write a$1\\b: permission denied");
  }

  @Test
  void chineseAmountsAreInYuan() {
    assertThat(Messages.of(Locale.CHINESE).currency(org.joda.money.CurrencyUnit.of("CNY")))
        .isEqualTo("元");
    assertThat(Messages.of(Locale.ENGLISH).currency(org.joda.money.CurrencyUnit.of("CNY")))
        .isEqualTo("CNY");
  }

  @Test
  void ownersNamesAreMaskedToTheirFirstCharacter() {
    assertThat(Messages.mask("张伟")).isEqualTo("张*");
    assertThat(Messages.mask("欧阳娜娜")).isEqualTo("欧***");
    assertThat(Messages.mask("Wang")).isEqualTo("W***");
    assertThat(Messages.mask("李")).isEqualTo("李*");
  }

  @Test
  void datesInChineseTextAreChineseDates() {
    Messages zh = Messages.of(Locale.CHINESE);
    assertThat(zh.date(java.time.LocalDate.of(2024, 3, 11))).isEqualTo("2024年3月11日");
  }
}
