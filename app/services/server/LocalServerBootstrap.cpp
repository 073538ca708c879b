#include "LocalServerBootstrap.h"

#include "db/DatabaseConnection.h"
#include "db/DatabaseProvisioner.h"
#include "db/LocalServer.h"
#include "db/MigrationRunner.h"
#include "db/SqlExecutor.h"
#include "services/demo/CatalogSeeder.h"
#include "services/demo/DeliveryDemoSeeder.h"
#include "services/demo/DemoSeeder.h"
#include "services/demo/HistoricalOrderSeeder.h"
#include "services/demo/OrderDemoSeeder.h"

using namespace Qt::StringLiterals;

Result<LocalServerBootstrap::Outcome> LocalServerBootstrap::run(const QString& directory)
{
    LocalServer server(directory);
    const bool fresh = !server.isInitialized();
    if (auto ok = server.init(); !ok)
        return std::unexpected(ok.error());
    auto before = server.status();
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = server.start(); !ok)
        return std::unexpected(ok.error());

    const QString database = QString::fromLatin1(kDatabase);
    auto created = DatabaseProvisioner(server.superuserSettings()).ensureDatabase(database);
    if (!created)
        return std::unexpected(created.error());

    DatabaseConnection admin(server.superuserSettings(database));
    if (auto ok = admin.open(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = MigrationRunner(admin).migrate(); !ok)
        return std::unexpected(ok.error());
    if (fresh || *created) {
        SqlExecutor sql(admin);
        if (auto ok = DemoSeeder(sql).seed(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = CatalogSeeder(sql).seed(kDemoProducts, 1); !ok)
            return std::unexpected(ok.error());
        if (auto ok = OrderDemoSeeder(sql).seed(); !ok)
            return std::unexpected(ok.error());
        // The demo courier finds work waiting on the first start.
        if (auto ok = DeliveryDemoSeeder(sql).seed(kDemoDeliveries); !ok)
            return std::unexpected(ok.error());
        // A year of history, so that the dashboards have something to show.
        if (auto ok = HistoricalOrderSeeder(sql).seed(kDemoHistory, 1); !ok)
            return std::unexpected(ok.error());
    }
    return Outcome{server.clientSettings(database), fresh || *created, !before->running};
}

VoidResult LocalServerBootstrap::stop(const QString& directory)
{
    return LocalServer(directory).stop();
}
