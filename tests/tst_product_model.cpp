#include "db/DbWorker.h"
#include "models/ModelRoles.h"
#include "models/ProductTableModel.h"
#include "models/VariantTableModel.h"
#include "services/catalog/CatalogService.h"
#include "services/demo/CatalogSeeder.h"
#include "services/media/ImageCache.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TstProductModel : public QObject {
    Q_OBJECT

private slots:
    void variantModelEditsAndChecks()
    {
        VariantTableModel model(true);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProductVariant v;
        v.id = 7;
        v.sku = u"A-1"_s;
        v.options = {{u"size"_s, u"M"_s}, {u"colour"_s, u"Blue"_s}};
        v.price = Money::fromCents(1999);
        v.stock = 4;
        model.setVariants({v});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, VariantTableModel::Options).data().toString(),
                 u"colour: Blue, size: M"_s);
        QCOMPARE(VariantTableModel::parseOptions(u" Size : L ,colour:red,, "_s),
                 (QVariantMap{{u"size"_s, u"L"_s}, {u"colour"_s, u"red"_s}}));

        const QModelIndex added = model.addVariant();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(added, u"  B-2 "_s));
        QCOMPARE(model.variants().at(1).sku, u"B-2"_s);
        QVERIFY(model.setData(model.index(1, VariantTableModel::Price), qint64(250)));
        QCOMPARE(model.variants().at(1).price.cents(), 250);
        QVERIFY(model.setData(model.index(1, VariantTableModel::Active), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(model.variants().at(1).active, false);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.variants().size(), 1);
        QVERIFY(!model.removeRows(3, 1));

        // Read-only in the product view.
        VariantTableModel view(false);
        QAbstractItemModelTester viewTester(&view,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setVariants({v});
        QVERIFY(!(view.flags(view.index(0, VariantTableModel::Price)) & Qt::ItemIsEditable));
        QVERIFY(!view.setData(view.index(0, VariantTableModel::Price), qint64(1)));
        QCOMPARE(view.index(0, VariantTableModel::Active).data().toString(), u"Yes"_s);
    }

    void pagesSortsAndJumps()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestDatabase db(u"product_model"_s);
        QVERIFY2(db.isReady(), qPrintable(db.failure()));
        db.createUser(Role::Seller, u"s@test.example"_s, u"seller password"_s);
        QVERIFY(CatalogSeeder(db.admin()).seed(350, 3).has_value());
        DbWorker worker(db.clientSettings());
        CatalogService catalog(worker);
        ImageCache images(catalog);
        ProductTableModel model(catalog, &images);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // (The tester itself calls fetchMore, so rows are counted, not signals.)
        auto idle = [&] {
            return !model.isLoading();
        };

        model.setQuery(ProductQuery{});
        QTRY_VERIFY(model.rowCount() >= ProductTableModel::kPageSize && idle());
        QVERIFY(model.rowCount() % ProductTableModel::kPageSize == 0 || !model.canFetchMore({}));
        const int before = model.rowCount();
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before && idle());
        }
        // Everything, page by page, then nothing more to fetch.
        while (model.canFetchMore({})) {
            const int rows = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > rows && idle());
        }
        const int total = model.rowCount();
        auto visible =
            db.admin().queryOne(u"SELECT count(*) FROM hexastore.products "
                                "WHERE active AND archived_at IS NULL AND min_price IS NOT NULL"_s);
        QCOMPARE(total, visible->value(0).toInt());

        // Thumbnails arrive by themselves (from the database, then the disk cache).
        QTRY_VERIFY(!model.index(0, ProductTableModel::Name).data(Qt::DecorationRole).isNull());

        // Header click: the server sorts, and the model starts again at page one.
        model.sort(ProductTableModel::Price, Qt::DescendingOrder);
        QTRY_VERIFY(idle() && model.query().sort == ProductSort::PriceDescending);
        QTRY_VERIFY(model.rowCount() >= ProductTableModel::kPageSize && idle());
        const qint64 first =
            model.index(0, ProductTableModel::Price).data(ModelRoles::SortRole).toLongLong();
        for (int row = 1; row < ProductTableModel::kPageSize; ++row)
            QVERIFY(model.index(row, ProductTableModel::Price)
                        .data(ModelRoles::SortRole)
                        .toLongLong() <= first);
        QCOMPARE(model.index(0, ProductTableModel::Price).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        model.jumpToEnd();
        QTRY_VERIFY(model.isShowingEnd() && idle() &&
                    model.rowCount() == ProductTableModel::kPageSize);
        QVERIFY(!model.canFetchMore({}));
        const qint64 cheapest = model.index(model.rowCount() - 1, ProductTableModel::Price)
                                    .data(ModelRoles::SortRole)
                                    .toLongLong();
        auto floor = db.admin().queryOne(
            u"SELECT (min(min_price) * 100)::bigint FROM hexastore.products WHERE active AND min_price IS NOT NULL"_s);
        QCOMPARE(cheapest, floor->value(0).toLongLong());

        // A search replaces the rows; answers to the old query are dropped.
        ProductQuery search;
        search.text = u"keybaord"_s;
        search.sort = ProductSort::Relevance;
        model.setQuery(search);
        QTRY_VERIFY(idle() && !model.isShowingEnd() && model.rowCount() > 0);
        QVERIFY(model.index(0, ProductTableModel::Name).data().toString().contains(u"Keyboard"_s));
    }
};

QTEST_MAIN(TstProductModel)
#include "tst_product_model.moc"
