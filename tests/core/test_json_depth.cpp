// The JSON nesting limit: found in one pass, brackets in strings ignored, placed by line and column.
#include <string>

#include "core/error.hpp"
#include "core/json_depth.hpp"
#include "tests/support/catch.hpp"

using namespace newsgraph;

TEST_CASE("find_json_too_deep finds the first bracket past the limit", "[core][json]") {
    CHECK(find_json_too_deep("{\"a\":[1,{\"b\":2}]}", 3) == std::string::npos);
    CHECK(find_json_too_deep("{\"a\":[1,{\"b\":2}]}", 2) == 8);
    CHECK(find_json_too_deep("[\"[[[[\", [\"\\\"[[[\"]]", 2) == std::string::npos);  // brackets in strings
    CHECK(find_json_too_deep(std::string(kMaxJsonDepth, '[')) == std::string::npos);
}

TEST_CASE("check_json_depth refuses 150,000 and 300,000 levels with a place", "[core][json]") {
    CHECK_THROWS_WITH(check_json_depth(std::string(150000, '[')),
                      "JSON nested too deeply (limit 1000 levels) at column 1001");
    std::string objects;
    for (int i = 0; i < 300000; ++i) objects += "{\"a\":";
    CHECK_THROWS_WITH(check_json_depth("{\n" + objects),
                      "JSON nested too deeply (limit 1000 levels) at line 2, column 4996");
    CHECK_NOTHROW(check_json_depth("{\"a\": [1, 2, {\"b\": null}]}"));
}
