// The admin's categories-and-brands screen, offscreen, and the same actions
// refused for a seller through the service.
#include "AppController.h"
#include "BrandListModel.h"
#include "CategoriesPage.h"
#include "CategoryTreeModel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "services/AuthService.h"
#include "services/CatalogAdminService.h"
#include "services/CatalogSeeder.h"
#include "services/DbWorker.h"
#include "SignedInApp.h"
#include "SyncWait.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Answers the next QInputDialog with `answer` (a text, or an item to choose).
void answerInput(QObject* context, const QString& answer)
{
    auto* poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog->comboBoxItems().isEmpty())
            dialog->setTextValue(answer);
        else
            dialog->setTextValue(answer); // selects the matching item
        dialog->accept();
    });
    poll->start(20);
}

QModelIndex find(CategoryTreeModel* model, const QString& name, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (QModelIndex below = find(model, name, index); below.isValid())
            return below;
    }
    return {};
}
} // namespace

class TstGuiCategories : public QObject {
    Q_OBJECT

private slots:
    void adminEditsTheTreeAndBrands();
    void sellersCannot();
};

void TstGuiCategories::adminEditsTheTreeAndBrands()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    TestDatabase db(u"gui_categories"_s);
    QVERIFY2(db.isReady(), qPrintable(db.failure()));
    db.createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara"_s);
    QVERIFY(CatalogSeeder(db.admin()).seed(100, 2).has_value());

    auto app = signedInApp(db, u"ada@test.example"_s, u"admin password"_s);
    QVERIFY(app);

    MainWindow* window = app->mainWindow();
    window->resize(1100, 700);
    QCOMPARE(window->screenNames(),
             (QStringList{u"ordersPage"_s, u"catalogPage"_s, u"categoriesPage"_s,
                          u"promoCodesPage"_s, u"accountPage"_s}));
    auto* page = window->findChild<CategoriesPage*>(u"categoriesPage"_s);
    QVERIFY(window->showScreen(u"categoriesPage"_s));
    QVERIFY(page->isVisible());
    CategoryTreeModel* tree = page->categories();
    QAbstractItemModelTester treeTester(tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester brandTester(page->brands(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* view = page->findChild<QTreeView*>(u"categoryTree"_s);
    auto* status = page->findChild<QLabel*>(u"categoriesStatus"_s);
    QTRY_COMPARE(tree->rowCount(), 7); // the seeded top-level categories
    QSignalSpy changed(page, &CategoriesPage::changed);
    auto click = [&](const char* name) {
        QTest::mouseClick(page->findChild<QPushButton*>(QString::fromLatin1(name)), Qt::LeftButton);
    };

    // Add a top-level category and one below it.
    answerInput(this, u"Pets"_s);
    click("addRootCategory");
    QTRY_COMPARE(changed.size(), 1);
    QTRY_VERIFY(find(tree, u"Pets"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pets"_s));
    answerInput(this, u"Dog Toys"_s);
    click("addChildCategory");
    QTRY_COMPARE(changed.size(), 2);
    QTRY_VERIFY(find(tree, u"Dog Toys"_s).isValid());
    QCOMPARE(find(tree, u"Dog Toys"_s).parent().data().toString(), u"Pets"_s);

    // The same name among siblings is refused, with a sentence.
    view->setCurrentIndex(find(tree, u"Pets"_s));
    answerInput(this, u"dog toys"_s);
    click("addChildCategory");
    QTRY_VERIFY(status->text().contains(u"already a category with this name"_s));

    // Rename, then move it under another top-level category.
    view->setCurrentIndex(find(tree, u"Dog Toys"_s));
    answerInput(this, u"Pet Toys"_s);
    click("renameCategory");
    QTRY_VERIFY(find(tree, u"Pet Toys"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pet Toys"_s));
    answerInput(this, u"Toys & Games"_s);
    click("moveCategory");
    QTRY_VERIFY(find(tree, u"Pet Toys"_s).isValid() &&
                find(tree, u"Pet Toys"_s).parent().data().toString() == u"Toys & Games"_s);

    // A category with products cannot be deleted; an empty one can.
    view->setCurrentIndex(find(tree, u"Keyboards"_s));
    click("deleteCategory");
    QTRY_VERIFY(status->text().contains(u"not empty"_s));
    QVERIFY(find(tree, u"Keyboards"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pets"_s));
    const int before = changed.size();
    click("deleteCategory");
    QTRY_COMPARE(changed.size(), before + 1);
    QTRY_VERIFY(!find(tree, u"Pets"_s).isValid());

    // Brands: add, rename, and a brand in use is kept.
    auto* brands = page->findChild<QListView*>(u"brandList"_s);
    QTRY_COMPARE(page->brands()->rowCount(), 30);
    answerInput(this, u"Acme Pets"_s);
    click("addBrand");
    QTRY_COMPARE(page->brands()->rowCount(), 31);
    brands->setCurrentIndex(page->brands()->index(0, 0));
    click("deleteBrand");
    QTRY_VERIFY(status->text().contains(u"still carry this brand"_s) ||
                page->brands()->rowCount() == 30);
    saveScreenshot(window, u"categories"_s);
    QSettings().clear();
}

void TstGuiCategories::sellersCannot()
{
    TestDatabase db(u"gui_categories_seller"_s);
    QVERIFY2(db.isReady(), qPrintable(db.failure()));
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara"_s);
    DbWorker worker(db.clientSettings());
    AuthService auth(worker);
    CatalogAdminService admin(worker);
    QVERIFY(await(auth.login(u"sara@test.example"_s, u"seller password"_s, u"t"_s)).has_value());
    auto created = await(admin.createCategory(0, u"Rogue"_s));
    QVERIFY(!created.has_value());
    QCOMPARE(created.error().code(), ServiceError::Code::Forbidden);
    auto brand = await(admin.createBrand(u"Rogue"_s));
    QCOMPARE(brand.error().code(), ServiceError::Code::Forbidden);
}

QTEST_MAIN(TstGuiCategories)
#include "tst_gui_categories.moc"
