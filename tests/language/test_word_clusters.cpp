// Word clusters: the table's format and errors, look-up, the model-file form,
// and the k-means that makes them (separation, nesting of levels, determinism).
#include <fstream>

#include "core/error.hpp"
#include "language/language_models.hpp"
#include "language/parser_features.hpp"
#include "language/tagger_features.hpp"
#include "language/word_clusterer.hpp"
#include "language/word_clusters.hpp"
#include "tests/support/catch.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

using namespace newsgraph;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two tight groups of vectors far apart ("kin" words near (1, 0, 0), "verb" words near (0, 1, 0)),
// and a third near (0, 0, 1), with a common offset every vector shares.
std::string three_groups() {
    return "mother 5 0.1 1.0\nfather 4.9 0.2 1.0\nsister 5.1 0.0 1.1\n"
           "walked 0.1 5 1.0\nran 0.2 4.8 1.0\njumped 0.0 5.2 0.9\n"
           "red 0.0 0.1 6\nblue 0.1 0.0 5.9\n";
}

}  // namespace

TEST_CASE("a cluster table is read word by word, case-insensitively") {
    TempDir dir;
    dir.write("clusters.tsv", "paris\t3\t1\t0\nlondon\t3\t1\t0\nsaid\t7\t2\t1\n");
    WordClusters clusters = WordClusters::read_table(dir.path("clusters.tsv"));
    CHECK(clusters.size() == 3);
    ClusterIds paris = clusters.of("Paris");
    CHECK(paris.fine == 3);
    CHECK(paris.mid == 1);
    CHECK(paris.coarse == 0);
    CHECK(clusters.of("SAID").fine == 7);
    CHECK(clusters.of("berlin").fine == ClusterIds::kUnknown);
    CHECK(WordClusters().of("paris").mid == ClusterIds::kUnknown);
}

TEST_CASE("a bad cluster table line is an error naming file and line") {
    TempDir dir;
    dir.write("bad.tsv", "paris\t3\t1\t0\nlondon\t3\tx\t0\n");
    dir.write("short.tsv", "paris\t3\t1\n");
    dir.write("big.tsv", "paris\t70000\t1\t0\n");
    CHECK_THROWS_WITH(WordClusters::read_table(dir.path("bad.tsv")), Catch::Contains("bad.tsv:2"));
    CHECK_THROWS_WITH(WordClusters::read_table(dir.path("short.tsv")), Catch::Contains("short.tsv:1"));
    CHECK_THROWS_WITH(WordClusters::read_table(dir.path("big.tsv")), Catch::Contains("below 65535"));
    CHECK_THROWS_AS(WordClusters::read_table(dir.path("missing.tsv")), Error);
}

TEST_CASE("a cluster table survives the model file") {
    TempDir dir;
    dir.write("clusters.tsv", "paris\t3\t1\t0\nsaid\t7\t2\t1\n");
    WordClusters clusters = WordClusters::read_table(dir.path("clusters.tsv"));
    ModelWriter writer("test", 1);
    clusters.write(writer);
    std::string bytes = writer.finish();
    ModelReader reader(bytes, "test model", "test", 1);
    WordClusters back = WordClusters::read(reader);
    reader.expect_end();
    CHECK(back.size() == 2);
    CHECK(back.of("said").mid == 2);
    CHECK(back.of("Paris").fine == 3);
    CHECK(back.shares_table_with(clusters));  // the same table loaded twice is held once

    dir.write("other.tsv", "paris\t3\t1\t0\nsaid\t7\t2\t2\n");  // one id differs
    WordClusters other = WordClusters::read_table(dir.path("other.tsv"));
    CHECK_FALSE(other.shares_table_with(clusters));
    CHECK(other.of("said").coarse == 2);
    CHECK(clusters.of("said").coarse == 1);
}

TEST_CASE("prepared images of one cluster table share it; of another, do not") {
    TempDir dir;
    dir.write("clusters.tsv", "paris\t3\t1\t0\nsaid\t7\t2\t1\n");
    dir.write("other.tsv", "paris\t3\t1\t0\nsaid\t7\t2\t2\n");  // one id differs
    auto image = [](const WordClusters& clusters) {
        ModelWriter writer("test", 1, ModelLayout::Prepared);
        clusters.write(writer);
        return writer.finish();
    };
    // the images outlive the tables read in place from them
    const std::string first = image(WordClusters::read_table(dir.path("clusters.tsv")));
    const std::string second = first;
    const std::string other = image(WordClusters::read_table(dir.path("other.tsv")));
    auto read = [](const std::string& bytes) {
        ModelReader reader(bytes, "image", "test", 1);
        return WordClusters::read(reader);
    };
    WordClusters a = read(first), b = read(second), c = read(other);
    CHECK(a.of("said").coarse == 1);
    CHECK(c.of("said").coarse == 2);
    CHECK(a.shares_table_with(b));
    CHECK_FALSE(a.shares_table_with(c));
}

TEST_CASE("features read a word's clusters: the same cluster gives the same keys") {
    TempDir dir;
    dir.write("clusters.tsv", "paris\t3\t1\t0\nlondon\t3\t1\t0\nsaid\t7\t2\t1\n");
    WordClusters clusters = WordClusters::read_table(dir.path("clusters.tsv"));
    std::vector<TreebankWord> words(3);
    words[0].form = "Paris";
    words[1].form = "London";
    words[2].form = "said";
    std::vector<WordCodes> codes = word_codes(words, clusters);
    CHECK(codes[1].cluster == codes[2].cluster);
    CHECK(codes[1].cluster != codes[3].cluster);
    CHECK(codes[1].cluster_mid != codes[3].cluster_mid);
    std::vector<WordInfo> infos;
    word_infos(words, AmbiguityDictionary{}, clusters, infos);
    CHECK(infos[0].cluster == infos[1].cluster);
    CHECK(infos[0].cluster != infos[2].cluster);
    std::vector<WordInfo> without;
    word_infos(words, AmbiguityDictionary{}, WordClusters(), without);
    CHECK(without[0].cluster == without[2].cluster);  // both unknown
}

TEST_CASE("k-means clustering of word vectors separates groups, nests its levels and repeats itself") {
    TempDir dir;
    dir.write("vectors.txt", three_groups());
    ClusteringOptions options;
    options.sizes = {3, 2, 1};
    WordClustering clustering = cluster_words(dir.path("vectors.txt"), options);
    REQUIRE(clustering.words.size() == 8);
    auto fine = [&](std::size_t w) { return clustering.ids[w][0]; };
    CHECK(fine(0) == fine(1));
    CHECK(fine(1) == fine(2));
    CHECK(fine(3) == fine(4));
    CHECK(fine(4) == fine(5));
    CHECK(fine(6) == fine(7));
    CHECK(fine(0) != fine(3));
    CHECK(fine(3) != fine(6));
    CHECK(fine(0) != fine(6));
    for (std::size_t a = 0; a < 8; ++a)
        for (std::size_t b = 0; b < 8; ++b)
            if (fine(a) == fine(b)) CHECK(clustering.ids[a] == clustering.ids[b]);  // levels nest
    CHECK(clustering.ids[0][2] == clustering.ids[6][2]);                            // one coarse cluster

    write_cluster_table(clustering, dir.path("a.tsv"));
    write_cluster_table(cluster_words(dir.path("vectors.txt"), options), dir.path("b.tsv"));
    CHECK(read_all(dir.path("a.tsv")) == read_all(dir.path("b.tsv")));
    WordClusters table = WordClusters::read_table(dir.path("a.tsv"));
    CHECK(table.of("Mother").fine == table.of("sister").fine);
    CHECK(table.of("mother").fine != table.of("ran").fine);
}

TEST_CASE("word vectors of different lengths are an error naming the line") {
    TempDir dir;
    dir.write("vectors.txt", "mother 1 0 0\nfather 1 0\n");
    dir.write("words.txt", "mother one two\n");
    dir.write("two.txt", "mother 1 0 0\nfather 0 1 0\n");
    ClusteringOptions options;
    options.sizes = {1, 1, 1};
    CHECK_THROWS_WITH(cluster_words(dir.path("vectors.txt"), options), Catch::Contains("vectors.txt:2"));
    CHECK_THROWS_WITH(cluster_words(dir.path("words.txt"), options), Catch::Contains("words.txt:1"));
    options.sizes = {5, 2, 1};
    CHECK_THROWS_AS(cluster_words(dir.path("two.txt"), options), Error);  // more clusters than words
}

TEST_CASE("the built-in models read the shipped word clusters") {
    auto models = LanguageModels::built_in();
    if (!models) return;  // a program built without models has none to check
    WordClusters shipped = WordClusters::read_table(source_path("models/word_clusters.tsv"));
    REQUIRE(shipped.size() > 100000);
    for (const WordClusters* table :
         {&models->tagger->clusters(), &models->parser->clusters(), &models->recognizer->clusters()}) {
        CHECK(table->size() == shipped.size());
        for (const char* word : {"the", "Paris", "accrued", "Kowalczyk", "supermarket"}) {
            INFO(word);
            CHECK(table->of(word).fine == shipped.of(word).fine);
            CHECK(table->of(word).mid == shipped.of(word).mid);
            CHECK(table->of(word).coarse == shipped.of(word).coarse);
        }
        CHECK(table->shares_table_with(models->tagger->clusters()));
    }
}
