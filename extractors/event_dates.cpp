// Reads the time phrase of a verb and places it on the calendar.
#include "extractors/event_dates.hpp"

#include <chrono>
#include <cstdio>
#include <vector>

#include "core/resources.hpp"
#include "core/text.hpp"

namespace newsgraph {

namespace {

// Relations by which a time phrase hangs on its verb: "on Friday" (obl), "Friday" (obl:tmod, obl:unmarked),
// "yesterday" (advmod, obl:tmod).
bool time_relation(const std::string& relation) {
    return relation == "obl" || relation == "obl:tmod" || relation == "obl:unmarked" || relation == "nmod:tmod" ||
           relation == "advmod";
}

// The heads of the verb's time phrases: its own, and those the parse hung on its object ("arrested Smith on
// Friday" read with "on Friday" as a modifier of "Smith").
std::vector<int> time_phrases(const DependencyTree& tree, int verb) {
    std::vector<int> heads;
    for (int child : tree.direct(verb)) {
        const std::string& relation = tree.word(child).deprel;
        if (time_relation(relation)) heads.push_back(child);
        if (relation != "obj" && relation != "nsubj:pass") continue;
        for (int inner : tree.direct(child))
            if (tree.word(inner).deprel == "nmod" || tree.word(inner).deprel == "nmod:tmod") heads.push_back(inner);
    }
    return heads;
}

// The number a word writes ("3", "3rd", "2024"), or -1.
int number_of(std::string_view word) {
    int value = 0;
    std::size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9' && digits < 5)
        value = value * 10 + (word[digits++] - '0');
    if (digits == 0) return -1;
    std::string_view rest = word.substr(digits);
    bool ordinal = rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
    return rest.empty() || ordinal ? value : -1;
}

std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view iso) {
    int y = 0, m = 0, d = 0;
    if (iso.size() < 10 || std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
        return std::nullopt;
    std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                    std::chrono::day{static_cast<unsigned>(d)}};
    return day.ok() ? std::optional(day) : std::nullopt;
}

std::string iso(int year, int month = 0, int day = 0) {
    char buffer[48];
    if (day > 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    else if (month > 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d", year);
    return buffer;
}

std::string iso(std::chrono::year_month_day day) {
    return iso(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
               static_cast<int>(static_cast<unsigned>(day.day())));
}

}  // namespace

EventDates::EventDates() {
    for (const auto& row : tsv_resource("lexicons/calendar.tsv")) {
        if (row.size() < 3) continue;
        CalendarWord word{CalendarWord::Kind::Month, number_of(row[2])};
        if (row[1] == "weekday") word.kind = CalendarWord::Kind::Weekday;
        if (row[1] == "relative") {
            word.kind = CalendarWord::Kind::Relative;
            word.value = row[2].starts_with("-") ? -number_of(row[2].substr(1)) : number_of(row[2]);
        }
        words_[ascii_lower(row[0])] = word;
    }
}

EventDates::Said EventDates::read_phrase(const DependencyTree& tree, int head) const {
    Said said;
    for (std::size_t w = 0; w < tree.size(); ++w) {
        int at = static_cast<int>(w);
        for (std::size_t steps = 0; steps < 4 && at >= 0 && at != head; ++steps) at = tree.head(at);
        if (at != head) continue;
        std::string word = tree.lower_form(static_cast<int>(w));
        if (!word.empty() && word.back() == '.') word.pop_back();
        int number = number_of(word);
        if (number >= 1000 && number <= 2999)
            said.year = number;
        else if (number >= 1 && number <= 31)
            said.day = number;
        auto found = words_.find(word);
        if (found == words_.end()) continue;
        const CalendarWord& c = found->second;
        if (c.kind == CalendarWord::Kind::Month) said.month = c.value;
        if (c.kind == CalendarWord::Kind::Weekday) said.weekday = c.value;
        if (c.kind == CalendarWord::Kind::Relative) {
            said.relative = true;
            said.offset = c.value;
        }
    }
    if (said.month == 0) said.day = 0;  // a number alone is no day of the month
    return said;
}

std::string EventDates::date_of(const DependencyTree& tree, int verb, std::string_view published) const {
    using namespace std::chrono;
    const auto today = parse_iso_day(published);
    for (int child : time_phrases(tree, verb)) {
        const Said said = read_phrase(tree, child);
        if (said.year && said.month && said.day) return iso(said.year, said.month, said.day);
        if (said.year && said.month) return iso(said.year, said.month);
        if (said.year && !said.weekday && !said.relative) return iso(said.year);
        if (!today) continue;
        const sys_days base{*today};
        if (said.relative) return iso(year_month_day{base + days{said.offset}});
        if (said.weekday) {
            // the last such day on or before the article's date ("on Friday" in Monday's paper)
            const unsigned want = static_cast<unsigned>(said.weekday % 7);
            const unsigned have = weekday{base}.c_encoding();
            return iso(year_month_day{base - days{(have + 7 - want) % 7}});
        }
        if (said.month && said.day) {
            year_month_day day{today->year(), month{static_cast<unsigned>(said.month)},
                               std::chrono::day{static_cast<unsigned>(said.day)}};
            if (!day.ok()) continue;
            if (sys_days{day} > base) day = year_month_day{day.year() - years{1}, day.month(), day.day()};
            return iso(day);
        }
    }
    return {};
}

}  // namespace newsgraph
