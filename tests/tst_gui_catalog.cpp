// The buyer's catalog screen, offscreen: search with a typo, filter, sort by a
// header click, jump to the last page, open a product. Saves screenshots when
// HEXASTORE_SCREENSHOT_DIR is set.
#include "models/ProductTableModel.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestDatabase.h"
#include "ui/AppController.h"
#include "ui/common/CatalogPage.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/seller/ProductEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TstGuiCatalog : public QObject {
    Q_OBJECT

private slots:
    void searchFilterSortAndOpen();
    void adminHidesAndShowsAListing();
    void screensComeBackWithTheServer();
    void keyboardFirst();

private:
};

void TstGuiCatalog::searchFilterSortAndOpen()
{
    GuiFixture gui(u"gui_catalog"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara's Shop"_s);
    db.createUser(Role::Buyer, u"bea@test.example"_s, u"buyer password"_s, u"Bea"_s);
    QVERIFY(CatalogSeeder(db.admin()).seed(600, 5).has_value());

    auto app = gui.signIn(u"bea@test.example"_s, u"buyer password"_s);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    auto* page = window->findChild<CatalogPage*>(u"catalogPage"_s);
    QVERIFY(page->isVisible()); // the buyer starts in the catalog
    ProductTableModel* model = page->model();
    auto* view = page->findChild<QTableView*>(u"catalogView"_s);
    QTRY_VERIFY(model->rowCount() == ProductTableModel::kPageSize && !model->isLoading());
    QTRY_VERIFY(!model->index(0, ProductTableModel::Name).data(Qt::DecorationRole).isNull());
    saveScreenshot(window, u"catalog"_s);

    // Scrolling to the bottom loads the next page.
    view->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > ProductTableModel::kPageSize && !model->isLoading());

    // Search as you type, with a typo; the sort switches to best match.
    auto* search = page->findChild<QLineEdit*>(u"catalogSearch"_s);
    QCOMPARE(window->focusWidget(), search); // the buyer can type straight away
    QTest::keyClicks(search, u"keybaord"_s);
    QTRY_VERIFY(!model->isLoading() && model->query().text == u"keybaord"_s);
    QTRY_VERIFY(model->rowCount() > 0);
    QCOMPARE(page->findChild<QComboBox*>(u"sortOrder"_s)->currentData().toInt(),
             int(ProductSort::Relevance));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(
            model->index(row, ProductTableModel::Name).data().toString().contains(u"Keyboard"_s));
    saveScreenshot(window, u"catalog-search"_s);

    // Filters: a category (with its subcategories) and a price range.
    search->clear();
    auto* category = page->findChild<QComboBox*>(u"categoryFilter"_s);
    QTRY_VERIFY(category->count() > 20);
    category->setCurrentIndex(category->findText(u"Electronics"_s));
    auto* maxPrice = page->findChild<QLineEdit*>(u"maxPrice"_s);
    maxPrice->setText(u"100.00"_s);
    emit maxPrice->editingFinished();
    QTRY_VERIFY(!model->isLoading() && model->query().maxPrice.has_value() &&
                model->query().categoryId.has_value());
    QVERIFY(model->rowCount() > 0);
    const QStringList electronics{u"Keyboards"_s,  u"Mice"_s,   u"Monitors"_s,
                                  u"Headphones"_s, u"Phones"_s, u"Cameras"_s};
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(
            electronics.contains(model->index(row, ProductTableModel::Category).data().toString()));
        QVERIFY(model->productAt(row)->price->cents() <= 10000);
    }

    // A price that is not one gets a clear message and changes nothing.
    maxPrice->setText(u"cheap"_s);
    emit maxPrice->editingFinished();
    QVERIFY(page->findChild<QLabel*>(u"catalogStatus"_s)->text().contains(u"is not a price"_s));
    maxPrice->clear();
    emit maxPrice->editingFinished();

    // A header click sorts on the server.
    QTRY_VERIFY(!model->isLoading());
    view->horizontalHeader()->setSortIndicator(ProductTableModel::Price, Qt::AscendingOrder);
    QTRY_VERIFY(!model->isLoading() && model->query().sort == ProductSort::PriceAscending);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(*model->productAt(row - 1)->price <= *model->productAt(row)->price);

    // The last page, straight away.
    QTest::mouseClick(page->findChild<QPushButton*>(u"lastPage"_s), Qt::LeftButton);
    QTRY_VERIFY(model->isShowingEnd() && !model->isLoading());
    QVERIFY(page->findChild<QLabel*>(u"catalogStatus"_s)->text().contains(u"last"_s));

    // Opening a product shows its details in a dialog.
    bool checked = false;
    const ModalAnswer productDialog([&](QWidget* modal) {
        auto* dialog = qobject_cast<QDialog*>(modal);
        QCOMPARE(dialog->objectName(), u"productDetailDialog"_s);
        auto* variants = dialog->findChild<QTableView*>(u"variantsView"_s);
        QTRY_VERIFY(variants->model()->rowCount() > 0);
        QTRY_VERIFY(!dialog->findChild<QLabel*>(u"productImage"_s)->pixmap().isNull());
        QVERIFY(dialog->findChild<QLabel*>(u"productTitle"_s)->text().size() > 3);
        saveScreenshot(dialog, u"product"_s);
        checked = true;
        dialog->reject();
    });
    emit view->activated(model->index(0, ProductTableModel::Name));
    QVERIFY(checked);
}

void TstGuiCatalog::adminHidesAndShowsAListing()
{
    GuiFixture gui(u"gui_catalog_admin"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara's Shop"_s);
    db.createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    QVERIFY(CatalogSeeder(db.admin()).seed(120, 6).has_value());

    auto app = gui.signIn(u"ada@test.example"_s, u"admin password"_s, QSize());
    QVERIFY(app);
    auto* page = app->mainWindow()->findChild<CatalogPage*>(u"catalogPage"_s);
    ProductTableModel* model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    const qint64 id = model->productAt(0)->id;
    auto* view = page->findChild<QTableView*>(u"catalogView"_s);

    // Hide it from the product view: it asks for a reason first (a blank one is
    // refused in place), then the listing leaves the catalog with a word on it.
    bool hidden = false;
    const ModalAnswer dialog1(
        [&](QWidget* modal) {
            if (modal->objectName() == u"productDetailDialog"_s) {
                auto* button = modal->findChild<QPushButton*>(u"moderateListing"_s);
                QTRY_VERIFY(button && button->isEnabled());
                QCOMPARE(button->text(), u"Hide listing"_s);
                // Queued: the reason dialog it opens is answered by the next act.
                QMetaObject::invokeMethod(button, &QPushButton::click, Qt::QueuedConnection);
                return;
            }
            QCOMPARE(modal->objectName(), u"reasonDialog"_s);
            auto* confirm = modal->findChild<QPushButton*>(u"confirmReason"_s);
            QTest::mouseClick(confirm, Qt::LeftButton);
            QVERIFY(modal->isVisible());
            QVERIFY(modal->findChild<QLabel*>(u"reasonError"_s)->isVisible());
            modal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(u"Counterfeit logo"_s);
            QTest::mouseClick(confirm, Qt::LeftButton);
            hidden = true;
        },
        2);
    emit view->activated(model->index(0, ProductTableModel::Name));
    QTRY_VERIFY(hidden);
    QTRY_VERIFY(!model->isLoading() && model->productAt(0) && model->productAt(0)->id != id);
    QTRY_VERIFY(!page->findChild<QLabel*>(u"catalogNotice"_s)->isHidden());
    QVERIFY(page->findChild<QLabel*>(u"catalogNotice"_s)->text().contains(u"hidden"_s));
    const auto moderated = db.admin().queryOne(
        u"SELECT active, moderation_reason FROM hexastore.products WHERE id = ?"_s, {id});
    QCOMPARE(moderated->value(0).toBool(), false);
    QCOMPARE(moderated->value(1).toString(), u"Counterfeit logo"_s);
    const auto audit = db.admin().queryOne(u"SELECT reason FROM hexastore.audit_log "
                                           "WHERE action = 'product.hide' AND entity_id = ?"_s,
                                           {id});
    QVERIFY(audit);
    QCOMPARE(audit->value(0).toString(), u"Counterfeit logo"_s);

    // Hidden listings appear on request, marked, and can be shown again.
    page->findChild<QCheckBox*>(u"includeHidden"_s)->setChecked(true);
    QTRY_VERIFY(!model->isLoading() && model->productAt(0) && model->productAt(0)->id == id);
    QCOMPARE(model->index(0, ProductTableModel::Stock).data().toString(), u"Hidden"_s);
    bool shown = false;
    const ModalAnswer dialog2(
        [&](QWidget* modal) {
            if (modal->objectName() == u"productDetailDialog"_s) {
                auto* button = modal->findChild<QPushButton*>(u"moderateListing"_s);
                QTRY_VERIFY(button && button->isEnabled() && button->text() == u"Show listing"_s);
                QMetaObject::invokeMethod(button, &QPushButton::click, Qt::QueuedConnection);
                return;
            }
            modal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(u"Logo licensed"_s);
            QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s), Qt::LeftButton);
            shown = true;
        },
        2);
    emit view->activated(model->index(0, ProductTableModel::Name));
    QTRY_VERIFY(shown);
    QTRY_COMPARE(db.admin()
                     .queryOne(u"SELECT active FROM hexastore.products WHERE id = ?"_s, {id})
                     ->value(0)
                     .toBool(),
                 true);
}

// Issue #12, defect 6: while idle, the app notices that the server went away
// (its connection dropped), says so, and when it is back the visible screen
// loads again by itself.
void TstGuiCatalog::screensComeBackWithTheServer()
{
    GuiFixture gui(u"gui_catalog_alive"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    gui.setHeartbeatMs(100);
    TestDatabase& db = gui.db();
    auto app = gui.signInToShop(Role::Buyer, 30);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    auto* page = window->findChild<CatalogPage*>(u"catalogPage"_s);
    ProductTableModel* model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    const qint64 first = model->productAt(0)->id;
    auto* connection = window->findChild<QLabel*>(u"connectionStatus"_s);
    QVERIFY(connection->text().contains(u"Connected"_s));

    // The server drops the idle app's connection, and its data changes meanwhile.
    QVERIFY(db.admin().execute(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
    QVERIFY(db.admin().execute(u"UPDATE hexastore.products SET name = 'Renamed while away' "
                               "WHERE id = ?"_s,
                               {first}));
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"Not connected"_s), 30000);
    // Back by itself, and the catalog shows what changed.
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"Connected to"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->productAt(0) &&
                                 model->productAt(0)->name == u"Renamed while away"_s,
                             30000);
}

// Issue #12, keyboard first: Ctrl+2 switches screens, Ctrl+F goes to the
// search, F5 reloads, Ctrl+C copies the selected rows with a header line.
void TstGuiCatalog::keyboardFirst()
{
    GuiFixture gui(u"gui_catalog_keys"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    auto app = gui.signInToShop(Role::Buyer, 30);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* page = window->findChild<CatalogPage*>(u"catalogPage"_s);
    ProductTableModel* model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    auto* pages = window->findChild<QStackedWidget*>(u"pages"_s);

    // Ctrl+2: the buyer's second screen, the cart; Ctrl+1 back to the catalog.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(pages->currentWidget()->findChild<QWidget*>(u"cartPage"_s));
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(pages->currentWidget()->isAncestorOf(page));

    // Ctrl+F: the search field, its text selected to be typed over.
    auto* search = page->findChild<QLineEdit*>(u"catalogSearch"_s);
    search->setText(u"old words"_s);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), u"old words"_s);
    search->clear();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);

    // F5: the list loads again and shows what changed meanwhile.
    const qint64 first = model->productAt(0)->id;
    QVERIFY(db.admin().execute(
        u"UPDATE hexastore.products SET name = 'Renamed for F5' WHERE id = ?"_s, {first}));
    QTest::keySequence(window, QKeySequence(QKeySequence::Refresh));
    QTRY_VERIFY(!model->isLoading() && model->productAt(0) &&
                model->productAt(0)->name == u"Renamed for F5"_s);

    // Ctrl+C on the table: the selected rows as tab-separated text, a header first.
    auto* view = page->findChild<QTableView*>(u"catalogView"_s);
    view->setFocus();
    view->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence(QKeySequence::Copy));
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(u"Product"_s) || lines.at(0).contains(u"Name"_s));
    QVERIFY(lines.at(0).contains(u'\t'));
    QVERIFY(lines.at(1).startsWith(u"Renamed for F5"_s) ||
            lines.at(1).contains(u"Renamed for F5"_s));
    // The same from the table's context menu.
    QVERIFY(view->contextMenuPolicy() == Qt::ActionsContextMenu);
    QVERIFY(view->findChild<QAction*>(u"copyRows"_s));
}

QTEST_MAIN(TstGuiCatalog)
#include "tst_gui_catalog.moc"
