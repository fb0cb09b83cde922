// Pipeline component that finds sums of money ("$1.5 trillion", "US$3 billion",
// "EUR 450m", "£12m", "20 million euros") and adds them as Amount entities.
#pragma once

#include <optional>
#include <string_view>

#include "core/extractor.hpp"

namespace newsgraph {

// A parsed sum of money.
struct MoneyValue {
    double value = 0.0;    // in units of the currency
    std::string currency;  // ISO 4217
    Span span;             // the amount as written
};

// Adds one Amount entity (and its mention) per sum of money; runs after the resolver.
class AmountExtractor : public Extractor {
public:
    std::string_view name() const override { return "amounts"; }
    std::vector<Annotation> needs() const override { return {Annotation::Tokens, Annotation::Entities}; }
    std::vector<Annotation> provides() const override { return {}; }
    void run(Document& doc) const override;
    // The sums of money in one sentence.
    static std::vector<MoneyValue> find(const Document& doc, const Sentence& sentence);
};

// Multiplier for a scale word ("trillion" -> 1e12, "bn" -> 1e9, "m" -> 1e6); 0 when not one.
double scale_of(std::string_view word);

}  // namespace newsgraph
