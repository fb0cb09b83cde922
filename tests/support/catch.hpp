// The one include of the test framework, so a move to Catch2 v3 is one line.
#pragma once
#include <catch2/catch.hpp>
