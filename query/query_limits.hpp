// Limits on one SPARQL query, so a query cannot run on, fill memory or reach
// the network: time, result rows, memory, and SERVICE refused unless allowed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <thread>

namespace newsgraph {

struct QueryLimits {
    double timeout_seconds = 60;             // 0 = no limit
    std::size_t max_rows = 100000;           // result rows (or CONSTRUCT triples); 0 = no limit
    std::uintmax_t max_memory = 4ULL << 30;  // resident bytes of the whole process; 0 = no limit
    bool allow_service = false;              // SERVICE makes the query engine send HTTP requests
};

// True when `sparql` uses the SERVICE keyword (outside strings, IRIs and comments).
bool uses_service(std::string_view sparql);

// Watches the time and memory a query takes from another thread: when one runs
// out, it prints "newsgraph: error: ..." on stderr and ends the process with
// status 1 (Rasqal has no way to stop a running query; nothing is written to
// files while a query runs, so there is nothing to clean up). Stops when destroyed.
class QueryWatchdog {
public:
    explicit QueryWatchdog(const QueryLimits& limits);
    ~QueryWatchdog();
    QueryWatchdog(const QueryWatchdog&) = delete;
    QueryWatchdog& operator=(const QueryWatchdog&) = delete;

private:
    void watch(std::chrono::steady_clock::time_point deadline);
    QueryLimits limits_;
    std::uintmax_t baseline_ = 0;  // resident bytes when the query started (the graph is loaded by then)
    std::mutex mutex_;
    std::condition_variable stop_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace newsgraph
