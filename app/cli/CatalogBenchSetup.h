#pragma once

#include "BenchmarkDatabase.h"

#include <QString>

#include <memory>

class QCommandLineParser;

// The kept benchmark catalog that bench catalog and bench gui share: one
// database per catalog size on the server of an operator URL or in a kept
// private server directory, with the demo accounts and `products` generated
// products (built on the first run, reused by later ones).
class CatalogBenchSetup final {
public:
    // Adds --products, --dir and --url.
    static void addOptions(QCommandLineParser& parser);
    static qint64 products(const QCommandLineParser& parser);
    static Result<std::unique_ptr<BenchmarkDatabase>> open(const QCommandLineParser& parser);
};
