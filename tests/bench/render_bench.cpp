// Rendering cost of a large ChangeSet (a whole edition: 260 reports, each with
// changed lists, statistics and long redlined paragraphs), per output format.
#include <benchmark/benchmark.h>

#include <string>

#include "yoy/render/render.h"

namespace {

std::string words(int count, int seed) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i) out += ' ';
    out.append("word").append(std::to_string((seed + i) % 97));
  }
  return out + ".";
}

yoy::ChangeSet big_changes() {
  yoy::ChangeSet changes;
  changes.from = {"factbook", 2024, ""};
  changes.to = {"factbook", 2025, ""};
  for (int r = 0; r < 260; ++r) {
    yoy::ReportChange report;
    report.id = "report-" + std::to_string(r);
    report.title = "Report <" + std::to_string(r) + "> & co";
    report.change = yoy::Change::changed;
    report.rating = yoy::RatingChange{
        "tier", "Tier 2", "Tier 3", yoy::Direction::downgrade, yoy::StatedMovement::none, false};
    yoy::ListChange list;
    list.section = "Prioritized Recommendations";
    for (int i = 0; i < 10; ++i) {
      yoy::ItemChange item;
      item.change = yoy::Change::reworded;
      item.from = words(25, i), item.to = words(25, i + 1);
      item.from_index = item.to_index = i;
      item.words = {{'=', words(10, i)}, {'-', "old"}, {'+', "new"}, {'=', words(14, i)}};
      list.items.push_back(item);
    }
    report.lists.push_back(list);
    for (int i = 0; i < 10; ++i) {
      yoy::StatisticChange s;
      s.section = "People | Society";
      s.from = std::to_string(1000 * i), s.to = std::to_string(1200 * i);
      s.from_values = {1000.0 * i}, s.to_values = {1200.0 * i};
      s.unit = "persons", s.context = words(30, i);
      s.delta = 200.0 * i;
      report.statistics.push_back(s);
    }
    for (int k = 0; k < 10; ++k) {
      yoy::SectionChange section;
      section.section = "Section " + std::to_string(k);
      section.change = yoy::Change::modified;
      for (int b = 0; b < 5; ++b) {
        yoy::BlockChange block;
        block.change = yoy::Change::modified;
        block.words = {
            {'=', words(40, b)}, {'-', words(3, b)}, {'+', words(4, b)}, {'=', words(40, b + 1)}};
        section.blocks.push_back(block);
      }
      report.sections.push_back(section);
    }
    changes.reports.push_back(report);
  }
  changes.summary.reports = changes.summary.changed = 260;
  return changes;
}

const yoy::ChangeSet& shared_changes() {
  static const yoy::ChangeSet changes = big_changes();
  return changes;
}

void BM_RenderText(benchmark::State& state) {
  yoy::RenderOptions options;
  options.color = state.range(0) != 0;
  for (auto _ : state) benchmark::DoNotOptimize(yoy::render_text(shared_changes(), options));
}
BENCHMARK(BM_RenderText)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RenderMarkdown(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(yoy::render_markdown(shared_changes(), yoy::RenderOptions{}));
}
BENCHMARK(BM_RenderMarkdown)->Unit(benchmark::kMillisecond);

void BM_RenderHtml(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string html = yoy::render_html(shared_changes(), yoy::RenderOptions{});
    bytes = html.size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderHtml)->Unit(benchmark::kMillisecond);

}  // namespace
