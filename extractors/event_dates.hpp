// When an action happened: the date of the time phrase of its verb ("on Friday", "on 3 March 2024", "in 2019"),
// resolved against the article's date where the phrase needs one. Words are data (lexicons/calendar.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "extractors/dependency_tree.hpp"

namespace newsgraph {

class EventDates {
public:
    // Loads lexicons/calendar.tsv; a bad line is an Error naming file and line.
    EventDates();
    // ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) of the time phrase attached to `verb`, or "" when there is none
    // or it cannot be placed: a weekday, "yesterday" or a day without a year needs `published` (the article's
    // ISO 8601 date, may be empty).
    std::string date_of(const DependencyTree& tree, int verb, std::string_view published) const;

private:
    struct CalendarWord {
        enum class Kind { Month, Weekday, Relative } kind;
        int value;
    };
    // What the words of one phrase say: each field 0 (or unset) when the phrase does not say it.
    struct Said {
        int year = 0, month = 0, day = 0, weekday = 0;
        bool relative = false;
        int offset = 0;
    };
    Said read_phrase(const DependencyTree& tree, int head) const;

    std::unordered_map<std::string, CalendarWord> words_;  // lower case
};

}  // namespace newsgraph
