// The admin's categories-and-brands screen, offscreen, and the same actions
// refused for a seller through the service.
#include "db/DbWorker.h"
#include "models/BrandListModel.h"
#include "models/CategoryTreeModel.h"
#include "services/auth/AuthService.h"
#include "services/catalog/CatalogAdminService.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"
#include "ui/admin/CategoriesPage.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

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
// Answers a QInputDialog with `answer` (a text, or the item to choose).
std::function<void(QWidget*)> typeAnswer(const QString& answer)
{
    return [answer](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(answer); // also selects the matching item of a list
        dialog->accept();
    };
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
    GuiFixture gui(u"gui_categories"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    db.createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara"_s);
    QVERIFY(CatalogSeeder(db.admin()).seed(100, 2).has_value());

    auto app = gui.signIn(u"ada@test.example"_s, u"admin password"_s, QSize(1100, 700));
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QCOMPARE(window->screenNames(),
             (QStringList{u"dashboardPage"_s, u"ordersPage"_s, u"deliveriesPage"_s,
                          u"catalogPage"_s, u"categoriesPage"_s, u"promoCodesPage"_s,
                          u"usersPage"_s, u"auditLogPage"_s, u"accountPage"_s}));
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
    // Clicks a button that asks for a name, and gives it.
    auto clickAndAnswer = [&](const char* name, const QString& answer) {
        const ModalAnswer input(typeAnswer(answer));
        click(name);
    };

    // Add a top-level category and one below it.
    clickAndAnswer("addRootCategory", u"Pets"_s);
    QTRY_COMPARE(changed.size(), 1);
    QTRY_VERIFY(find(tree, u"Pets"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pets"_s));
    clickAndAnswer("addChildCategory", u"Dog Toys"_s);
    QTRY_COMPARE(changed.size(), 2);
    QTRY_VERIFY(find(tree, u"Dog Toys"_s).isValid());
    QCOMPARE(find(tree, u"Dog Toys"_s).parent().data().toString(), u"Pets"_s);

    // The same name among siblings is refused, with a sentence.
    view->setCurrentIndex(find(tree, u"Pets"_s));
    clickAndAnswer("addChildCategory", u"dog toys"_s);
    QTRY_VERIFY(status->text().contains(u"already a category with this name"_s));

    // Rename, then move it under another top-level category.
    view->setCurrentIndex(find(tree, u"Dog Toys"_s));
    clickAndAnswer("renameCategory", u"Pet Toys"_s);
    QTRY_VERIFY(find(tree, u"Pet Toys"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pet Toys"_s));
    clickAndAnswer("moveCategory", u"Toys & Games"_s);
    QTRY_VERIFY(find(tree, u"Pet Toys"_s).isValid() &&
                find(tree, u"Pet Toys"_s).parent().data().toString() == u"Toys & Games"_s);

    // Deleting asks first, with the verb on the button and Cancel as the default.
    auto clickAndConfirm = [&](const char* name, bool confirm) {
        const ModalAnswer answer([confirm](QWidget* box) {
            QCOMPARE(box->objectName(), u"confirmation"_s);
            QVERIFY(box->findChild<QPushButton*>(u"cancelAction"_s)->isDefault());
            box->findChild<QPushButton*>(confirm ? u"confirmAction"_s : u"cancelAction"_s)->click();
        });
        click(name);
    };
    view->setCurrentIndex(find(tree, u"Pets"_s));
    clickAndConfirm("deleteCategory", false);
    QVERIFY(find(tree, u"Pets"_s).isValid());

    // A category with products cannot be deleted; an empty one can.
    view->setCurrentIndex(find(tree, u"Keyboards"_s));
    clickAndConfirm("deleteCategory", true);
    QTRY_VERIFY(status->text().contains(u"not empty"_s));
    QVERIFY(find(tree, u"Keyboards"_s).isValid());
    view->setCurrentIndex(find(tree, u"Pets"_s));
    const int before = changed.size();
    clickAndConfirm("deleteCategory", true);
    QTRY_COMPARE(changed.size(), before + 1);
    QTRY_VERIFY(!find(tree, u"Pets"_s).isValid());

    // Brands: add, rename, and a brand in use is kept.
    auto* brands = page->findChild<QListView*>(u"brandList"_s);
    QTRY_COMPARE(page->brands()->rowCount(), 30);
    clickAndAnswer("addBrand", u"Acme Pets"_s);
    QTRY_COMPARE(page->brands()->rowCount(), 31);
    brands->setCurrentIndex(page->brands()->index(0, 0));
    clickAndConfirm("deleteBrand", true);
    QTRY_VERIFY(status->text().contains(u"still carry this brand"_s) ||
                page->brands()->rowCount() == 30);
    saveScreenshot(window, u"categories"_s);
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
