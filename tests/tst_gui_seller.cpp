// The seller's screens, offscreen: edit a price and stock in place, bad input,
// a conflict answered with Reload, a new product with a variant and a picture.
#include "models/ListingTableModel.h"
#include "models/VariantTableModel.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestDatabase.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/seller/ListingsPage.h"
#include "ui/seller/ProductEditorDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QByteArray picture()
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg");
    return bytes;
}
} // namespace

class TstGuiSeller : public QObject {
    Q_OBJECT

private slots:
    void editInPlaceAndCreateAProduct();

private:
};

void TstGuiSeller::editInPlaceAndCreateAProduct()
{
    GuiFixture gui(u"gui_seller"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    db.createUser(Role::Seller, u"sara@test.example"_s, u"seller password"_s, u"Sara's Shop"_s);
    QVERIFY(CatalogSeeder(db.admin()).seed(150, 4).has_value());

    auto app = gui.signIn(u"sara@test.example"_s, u"seller password"_s);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QCOMPARE(window->screenNames(),
             (QStringList{u"dashboardPage"_s, u"listingsPage"_s, u"ordersPage"_s, u"catalogPage"_s,
                          u"accountPage"_s}));
    QVERIFY(window->findChild<QWidget*>(u"dashboardPage"_s)->isVisible()); // the first screen
    QVERIFY(window->showScreen(u"listingsPage"_s));
    auto* page = window->findChild<ListingsPage*>(u"listingsPage"_s);
    QVERIFY(page->isVisible());
    ListingTableModel* model = page->model();
    auto* view = page->findChild<QTableView*>(u"listingsView"_s);
    auto* status = page->findChild<QLabel*>(u"listingsStatus"_s);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    saveScreenshot(window, u"listings"_s);

    // A price, typed into the money editor.
    const QModelIndex price = model->index(0, ListingTableModel::Price);
    view->setCurrentIndex(price);
    view->edit(price);
    auto* editor = view->findChild<QLineEdit*>(u"moneyEditor"_s);
    QVERIFY(editor);
    editor->setText(u"23.45"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(status->text().startsWith(u"Saved"_s));
    QCOMPARE(price.data().toString(), u"23.45"_s);

    // Something that is not a price is refused with a reason.
    view->edit(price);
    editor = view->findChild<QLineEdit*>(u"moneyEditor"_s);
    editor->setText(u"cheap"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(status->text().contains(u"is not a price"_s));
    QCOMPARE(price.data().toString(), u"23.45"_s);

    // Someone else changes the stock meanwhile; our edit meets a conflict, and Reload shows theirs.
    const qint64 variant = model->rowAt(0)->variantId;
    QVERIFY(db.admin().execute(u"UPDATE hexastore.product_variants SET stock = 77 WHERE id = ?"_s,
                               {variant}));
    bool answered = false;
    const ModalAnswer dialog1([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"conflictBox"_s);
        QVERIFY(box->text().contains(u"Someone else changed"_s));
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == u"Reload"_s)
                button->click();
        }
        answered = true;
    });
    const QModelIndex stock = model->index(0, ListingTableModel::Stock);
    view->edit(stock);
    auto* spin = view->findChild<QSpinBox*>(u"stockEditor"_s);
    QVERIFY(spin);
    spin->setValue(5);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(answered);
    QTRY_VERIFY(!model->isLoading() &&
                model->index(0, ListingTableModel::Stock).data(Qt::EditRole).toInt() == 77);

    // A new product through the editor.
    bool created = false;
    const ModalAnswer dialog2([&](QWidget* modal) {
        auto* dialog = qobject_cast<ProductEditorDialog*>(modal);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"productName"_s)->setText(u"Studio Desk Lamp"_s);
        auto* category = dialog->findChild<QComboBox*>(u"productCategory"_s);
        QTRY_VERIFY(category->count() > 10);
        category->setCurrentIndex(category->findText(u"Lighting"_s, Qt::MatchContains));
        auto* variants = qobject_cast<VariantTableModel*>(
            dialog->findChild<QTableView*>(u"variantEditor"_s)->model());
        QCOMPARE(variants->rowCount(), 1);
        variants->setData(variants->index(0, VariantTableModel::Sku), u"LAMP-STUDIO-1"_s);
        variants->setData(variants->index(0, VariantTableModel::Options), u"colour: Brass"_s);
        variants->setData(variants->index(0, VariantTableModel::Price), qint64(8900));
        variants->setData(variants->index(0, VariantTableModel::Stock), 12);

        // A text file pretending to be a picture is refused; a real one is added.
        QSignalSpy refused(dialog, &ProductEditorDialog::imageRefused);
        QSignalSpy added(dialog, &ProductEditorDialog::imageAdded);
        dialog->addImageBytes("definitely not a jpeg");
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(dialog->findChild<QLabel*>(u"editorMessage"_s)
                    ->text()
                    .contains(u"JPEG, PNG or WebP"_s));
        dialog->addImageBytes(picture());
        QTRY_COMPARE(added.size(), 1);
        QTRY_COMPARE(dialog->findChild<QListWidget*>(u"productImages"_s)->count(), 1);
        saveScreenshot(dialog, u"product-editor"_s);
        QSignalSpy finished(dialog, &ProductEditorDialog::saveFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        created = true;
    });
    QTest::mouseClick(page->findChild<QPushButton*>(u"newProduct"_s), Qt::LeftButton);
    QTRY_VERIFY(created);
    QTRY_VERIFY(!model->isLoading() && model->rowAt(0) &&
                model->rowAt(0)->productName == u"Studio Desk Lamp"_s);
    QCOMPARE(model->rowAt(0)->sku, u"LAMP-STUDIO-1"_s);
    QCOMPARE(model->rowAt(0)->price.cents(), 8900);

    // Export to CSV: choose a file in the save dialog; the status says how many rows.
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"my-listings.csv"_s); // the name the dialog suggests
    const ModalAnswer dialog3([&](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        QVERIFY(dialog);
        dialog->selectFile(csv);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    });
    QTest::mouseClick(page->findChild<QPushButton*>(u"exportCsv"_s), Qt::LeftButton);
    QTRY_VERIFY2(status->text().startsWith(u"Exported"_s), qPrintable(status->text()));
    QFile exported(csv);
    QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(status->text()));
    QVERIFY(exported.readAll().contains("LAMP-STUDIO-1"));
}

QTEST_MAIN(TstGuiSeller)
#include "tst_gui_seller.moc"
