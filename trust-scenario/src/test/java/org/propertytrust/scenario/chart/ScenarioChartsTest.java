package org.propertytrust.scenario.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.core.TrustException;
import org.propertytrust.scenario.Scenarios;
import org.propertytrust.scenario.projection.Comparison;
import org.propertytrust.scenario.projection.SimulationOptions;

class ScenarioChartsTest {
  @Test
  void writesAPngOfTheRequestedSizeWithoutADisplay(@TempDir Path dir) throws Exception {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    Comparison comparison = Scenarios.compare(Scenarios.example(), SimulationOptions.of(200, 42));
    Path file = dir.resolve("fan.png");
    ScenarioCharts.writePng(comparison, file, 900, 600);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(600);
    // Not blank: the bands and lines put many colours on the white background.
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < 600; y += 3) {
      for (int x = 0; x < 900; x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).isGreaterThan(50);
  }

  @Test
  void expectedValuesAloneMakeAChartToo() {
    Comparison comparison = Scenarios.compare(List.of(Scenarios.example()));
    BufferedImage image = ScenarioCharts.render(comparison, 400, 300);
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(300);
  }

  @Test
  void sizesAreChecked() {
    Comparison comparison = Scenarios.compare(List.of(Scenarios.example()));
    assertThatThrownBy(() -> ScenarioCharts.render(comparison, 100, 20000))
        .isInstanceOf(TrustException.class)
        .hasMessage("chart size must be 200 to 10000 pixels each way: 100x20000");
  }
}
