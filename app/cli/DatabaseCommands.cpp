#include "DatabaseCommands.h"

#include "CliSupport.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseProvisioner.h"
#include "db/MigrationRunner.h"
#include "db/SchemaVersion.h"
#include "db/SqlExecutor.h"
#include "services/demo/CatalogSeeder.h"
#include "services/demo/DeliveryDemoSeeder.h"
#include "services/demo/DemoSeeder.h"
#include "services/demo/HistoricalOrderSeeder.h"
#include "services/demo/OrderDemoSeeder.h"
#include "services/server/OperatorService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Target {
    std::unique_ptr<DatabaseConnection> connection;
    std::unique_ptr<SqlExecutor> sql;
};

// Opens the operator connection; `requireCurrentSchema` refuses a database that
// is older or newer than this program.
Result<Target> openTarget(const QCommandLineParser& parser, bool requireCurrentSchema)
{
    auto settings = CliSupport::target(parser);
    if (!settings)
        return std::unexpected(settings.error());
    settings->applicationName = u"hexastore-admin"_s;
    Target target;
    target.connection = std::make_unique<DatabaseConnection>(*settings);
    if (auto opened = target.connection->open(); !opened)
        return std::unexpected(opened.error());
    target.sql = std::make_unique<SqlExecutor>(*target.connection);
    if (requireCurrentSchema) {
        if (auto ok = SchemaVersion::requireCompatible(*target.sql); !ok)
            return std::unexpected(ok.error());
    }
    return target;
}

void prepare(QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    CliSupport::addTargetOptions(parser);
}

} // namespace

int DatabaseCommands::migrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    prepare(parser, tr("Apply the embedded schema migrations (creates the roles when missing)."));
    parser.process(arguments);

    if (!parser.isSet(u"url"_s)) {
        // The local server's database is created on demand.
        auto settings = CliSupport::target(parser);
        if (!settings)
            return CliSupport::fail(settings.error());
        ConnectionSettings maintenance = *settings;
        maintenance.database = u"postgres"_s;
        if (auto ok = DatabaseProvisioner(maintenance).ensureDatabase(settings->database); !ok)
            return CliSupport::fail(ok.error());
    }
    auto target = openTarget(parser, false);
    if (!target)
        return CliSupport::fail(target.error());
    MigrationRunner runner(*target->connection);
    auto applied =
        runner.migrate([](const QString& line) { CliSupport::out() << line << Qt::endl; });
    if (!applied)
        return CliSupport::fail(applied.error());
    CliSupport::out() << (*applied == 0 ? tr("The schema is up to date.")
                                        : tr("Applied %1 migration(s).").arg(*applied))
                      << Qt::endl;
    return 0;
}

int DatabaseCommands::createUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    prepare(parser, tr("Create a user of any role (the first admin, couriers)."));
    parser.addOption({u"role"_s, u"buyer | seller | courier | admin"_s, u"role"_s});
    parser.addOption({u"email"_s, tr("E-mail address."), u"email"_s});
    parser.addOption({u"name"_s, tr("Full name."), u"name"_s});
    parser.addOption(
        {u"password-stdin"_s, tr("Read the password from the first line of standard input.")});
    parser.process(arguments);

    const auto role = roleFromSql(parser.value(u"role"_s));
    if (!role)
        return CliSupport::usage(tr("--role must be buyer, seller, courier or admin."));
    if (!parser.isSet(u"email"_s) || !parser.isSet(u"name"_s) || !parser.isSet(u"password-stdin"_s))
        return CliSupport::usage(tr("--email, --name and --password-stdin are required."));

    const QString password = CliSupport::readLineFromStdin();
    auto target = openTarget(parser, true);
    if (!target)
        return CliSupport::fail(target.error());
    OperatorService ops(*target->sql);
    auto id = ops.createUser(parser.value(u"email"_s), password, parser.value(u"name"_s), *role);
    if (!id)
        return CliSupport::fail(id.error());
    CliSupport::out() << tr("Created user %1 (%2).").arg(*id).arg(roleToSql(*role)) << Qt::endl;
    return 0;
}

int DatabaseCommands::seedDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    prepare(parser, tr("Create the demo accounts and the demo catalog."));
    parser.addOption({u"products"_s, tr("How many products the demo catalog gets (default 2000)."),
                      u"n"_s, u"2000"_s});
    parser.addOption({u"seed"_s,
                      tr("Seed of the generated catalog (the same seed, the same catalog)."),
                      u"seed"_s, u"1"_s});
    parser.addOption({u"deliveries"_s,
                      tr("At least this many deliveries in the demo courier's hands (default 5)."),
                      u"n"_s, u"5"_s});
    parser.addOption({u"orders"_s,
                      tr("Also add this many historical orders spread over the last year "
                         "(for the dashboard at scale; needs a superuser connection)."),
                      u"n"_s, u"0"_s});
    parser.process(arguments);
    bool productsOk = false;
    const qint64 products = parser.value(u"products"_s).toLongLong(&productsOk);
    bool seedOk = false;
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    bool deliveriesOk = false;
    const int deliveries = parser.value(u"deliveries"_s).toInt(&deliveriesOk);
    bool ordersOk = false;
    const qint64 history = parser.value(u"orders"_s).toLongLong(&ordersOk);
    if (!productsOk || products < 0 || !seedOk || !deliveriesOk || deliveries < 0 || !ordersOk ||
        history < 0)
        return CliSupport::usage(
            tr("--products, --seed, --deliveries and --orders take whole numbers."));

    auto target = openTarget(parser, true);
    if (!target)
        return CliSupport::fail(target.error());
    DemoSeeder seeder(*target->sql);
    auto created = seeder.seed();
    if (!created)
        return CliSupport::fail(created.error());
    auto& out = CliSupport::out();
    if (created->isEmpty()) {
        out << tr("The demo accounts exist already.") << Qt::endl;
    } else {
        out << tr("Demo accounts (shown once):") << Qt::endl;
        for (const auto& account : *created) {
            out << u"  %1  %2  %3\n"_s.arg(roleToSql(account.role), -8)
                       .arg(account.email, -26)
                       .arg(account.password);
        }
        out.flush();
    }
    QElapsedTimer timer;
    timer.start();
    auto added = CatalogSeeder(*target->sql).seed(products, seed, [&](qint64 done) {
        out << tr("  %1 of %2 products (%3 s)")
                   .arg(done)
                   .arg(products)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    });
    if (!added)
        return CliSupport::fail(added.error());
    if (*added == 0)
        out << tr("The catalog has products already; it was left as it is.") << Qt::endl;
    else
        out << tr("Added %1 products in %2 s.").arg(*added).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    auto orders = OrderDemoSeeder(*target->sql).seed();
    if (!orders)
        return CliSupport::fail(orders.error());
    if (*orders > 0)
        out << tr("Placed %1 demo orders, with promo codes WELCOME10 and SAVE5.").arg(*orders)
            << Qt::endl;
    auto dispatched = DeliveryDemoSeeder(*target->sql).seed(deliveries);
    if (!dispatched)
        return CliSupport::fail(dispatched.error());
    if (*dispatched > 0)
        out << tr("Demo deliveries dispatched to courier@hexastore.test: %1.").arg(*dispatched)
            << Qt::endl;
    if (history == 0)
        return 0;
    timer.restart();
    auto historical =
        HistoricalOrderSeeder(*target->sql).seed(history, seed, [&](const QString& step) {
            out << tr("  order history: %1 (%2 s)")
                       .arg(step)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
        });
    if (!historical)
        return CliSupport::fail(historical.error());
    out << tr("Added %1 historical orders in %2 s.")
               .arg(*historical)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int DatabaseCommands::config(const QStringList& arguments)
{
    QCommandLineParser parser;
    prepare(parser, tr("Show or change server settings: config list | config set KEY VALUE"));
    parser.addPositionalArgument(u"action"_s, u"list | set"_s);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CliSupport::usage(parser.helpText());

    auto target = openTarget(parser, true);
    if (!target)
        return CliSupport::fail(target.error());
    OperatorService ops(*target->sql);
    if (positional.first() == u"list"_s && positional.size() == 1) {
        auto settings = ops.settings();
        if (!settings)
            return CliSupport::fail(settings.error());
        for (const auto& [key, value] : *settings)
            CliSupport::out() << key << " = " << value << Qt::endl;
        return 0;
    }
    if (positional.first() == u"set"_s && positional.size() == 3) {
        bool ok = false;
        const qint64 value = positional.at(2).toLongLong(&ok);
        if (!ok)
            return CliSupport::usage(tr("VALUE must be a whole number."));
        if (auto set = ops.setSetting(positional.at(1), value); !set)
            return CliSupport::fail(set.error());
        return 0;
    }
    return CliSupport::usage(parser.helpText());
}
