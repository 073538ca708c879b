// The seller's screens, offscreen: edit a price and stock in place, bad input,
// a conflict answered with Reload, a new product with a variant and a picture.
#include "domain/Money.h"
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
#include "ui/seller/ImportPreviewDialog.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
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
    void aFailedSaveKeepsTheEdit();

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
                          u"notificationsPage"_s, u"accountPage"_s}));
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
    const qint64 variant = model->rowAt(0)->variantId;
    const qint64 before = price.data(Qt::EditRole).toLongLong();
    auto priceInDb = [&] {
        return db.admin()
            .queryOne(u"SELECT price::text FROM hexastore.product_variants WHERE id = ?"_s,
                      {variant})
            ->value(0)
            .toString();
    };
    view->setCurrentIndex(price);
    view->edit(price);
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(price));
    QVERIFY(editor);
    editor->setText(u"23.45"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(status->text().startsWith(u"Saved"_s));
    QCOMPARE(price.data(Qt::EditRole).toLongLong(), 2345);
    QTRY_VERIFY(!model->isSaving());
    QCOMPARE(priceInDb(), u"23.45"_s);

    // Ctrl+Z puts the old price back and saves it; Redo (Ctrl+Shift+Z) brings the new one back.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!model->isSaving() && price.data(Qt::EditRole).toLongLong() == before);
    QTRY_COMPARE(priceInDb(), Money::fromCents(before).toDecimal());
    QTest::keySequence(view, QKeySequence(QKeySequence::Redo));
    QTRY_VERIFY(!model->isSaving() && price.data(Qt::EditRole).toLongLong() == 2345);
    QTRY_COMPARE(priceInDb(), u"23.45"_s);

    // Something that is not a price is refused with a reason, and kept to be
    // corrected: the editor opens again on what was typed. Escape gives it up.
    view->edit(price);
    editor = qobject_cast<QLineEdit*>(view->indexWidget(price));
    editor->setText(u"cheap"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(status->text().contains(u"is not a price"_s));
    QTRY_VERIFY(qobject_cast<QLineEdit*>(view->indexWidget(price)));
    editor = qobject_cast<QLineEdit*>(view->indexWidget(price));
    QCOMPARE(editor->text(), u"cheap"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->indexWidget(price));
    QCOMPARE(price.data(Qt::EditRole).toLongLong(), 2345);

    // A negative stock is refused as typed, never turned into a positive one.
    const QModelIndex stock = model->index(0, ListingTableModel::Stock);
    const int stockBefore = stock.data(Qt::EditRole).toInt();
    view->setCurrentIndex(stock);
    view->edit(stock);
    auto* stockEditor = qobject_cast<QLineEdit*>(view->indexWidget(stock));
    QVERIFY(stockEditor);
    stockEditor->setText(u"-3"_s);
    QTest::keyClick(stockEditor, Qt::Key_Return);
    QTRY_VERIFY(status->text().contains(u"cannot be negative"_s));
    QTRY_VERIFY(qobject_cast<QLineEdit*>(view->indexWidget(stock)));
    QCOMPARE(qobject_cast<QLineEdit*>(view->indexWidget(stock))->text(), u"-3"_s);
    QTest::keyClick(view->indexWidget(stock), Qt::Key_Escape);
    QTRY_VERIFY(!view->indexWidget(stock));
    QCOMPARE(stock.data(Qt::EditRole).toInt(), stockBefore);

    // Someone else changes the stock meanwhile; our edit meets a conflict, and Reload shows theirs.
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
    view->edit(stock);
    stockEditor = qobject_cast<QLineEdit*>(view->indexWidget(stock));
    QVERIFY(stockEditor);
    stockEditor->setText(u"5"_s);
    QTest::keyClick(stockEditor, Qt::Key_Return);
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
    const QByteArray exportedBytes = exported.readAll();
    QVERIFY(exportedBytes.contains("LAMP-STUDIO-1"));

    // Import: a broken file gets a preview with every bad row and no Import
    // button; nothing changes.
    const auto importFile = [&](const QString& path,
                                const std::function<void(ImportPreviewDialog*)>& review) {
        const ModalAnswer answers(
            [&](QWidget* modal) {
                if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                    // Typed into the name field, as a user would (selectFile
                    // leaves a focused field alone).
                    files->findChild<QLineEdit*>(u"fileNameEdit"_s)->setText(path);
                    QMetaObject::invokeMethod(files, "accept");
                } else if (auto* preview = qobject_cast<ImportPreviewDialog*>(modal)) {
                    review(preview);
                } else {
                    QFAIL("an unexpected dialog");
                }
            },
            2);
        QTest::mouseClick(page->findChild<QPushButton*>(u"importCsv"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answers.answered(), 2, 30000);
    };
    const QString broken = dir.filePath(u"broken.csv"_s);
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("product,category,sku,price,stock\n"
                   "Good lamp,Keyboards,GOOD-1,10.00,1\n"
                   "Bad price,Keyboards,BAD-1,12.345,1\n"
                   "Nowhere,No such category,BAD-2,1.00,1\n");
    }
    const int rowsBefore = model->rowCount();
    importFile(broken, [&](ImportPreviewDialog* preview) {
        auto* problems = preview->findChild<QTableWidget*>(u"importProblems"_s);
        QVERIFY(problems);
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
        QCOMPARE(problems->item(0, 1)->text(), u"price"_s);
        QVERIFY(problems->item(0, 2)->text().contains(u"12.345"_s));
        QCOMPARE(problems->item(1, 0)->text(), u"4"_s);
        QCOMPARE(problems->item(1, 1)->text(), u"category"_s);
        QVERIFY(!preview->findChild<QPushButton*>(u"importConfirm"_s));
        QVERIFY(
            preview->findChild<QLabel*>(u"importSummary"_s)->text().contains(u"2 rows cannot"_s));
        saveScreenshot(preview, u"import-preview-errors"_s);
        preview->findChild<QPushButton*>(u"importCancel"_s)->click();
    });
    QTRY_VERIFY2(status->text().contains(u"Nothing was imported"_s), qPrintable(status->text()));
    QCOMPARE(model->rowCount(), rowsBefore);

    // The exported file with a changed price and a new product: the preview
    // counts them, Import writes them.
    const QString good = dir.filePath(u"good.csv"_s);
    {
        QByteArray bytes = exportedBytes;
        bytes.replace(",89.00,", ",79.00,");
        bytes += ",Imported reading lamp,Keyboards,,true,LAMP-READ-1,,24.50,3,true\r\n";
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    importFile(good, [&](ImportPreviewDialog* preview) {
        const QString summary = preview->findChild<QLabel*>(u"importSummary"_s)->text();
        QVERIFY2(summary.contains(u"New: 1 product(s), 1 variant(s)."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Changed: 0 product(s), 1 variant(s)."_s), qPrintable(summary));
        saveScreenshot(preview, u"import-preview"_s);
        preview->findChild<QPushButton*>(u"importConfirm"_s)->click();
    });
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(u"Imported: 1 new product(s)"_s),
                              qPrintable(status->text()), 30000);
    QTRY_VERIFY(!model->isLoading() && model->rowAt(0) &&
                model->rowAt(0)->productName == u"Imported reading lamp"_s);
}

// Issue #12, defects 1 and 2: a failed save keeps the dialog and the edit;
// Enter stays on Save; Escape and Cancel ask before discarding; a new variant
// has no price until one is typed, and 12.345 is refused, not made 0.00.
void TstGuiSeller::aFailedSaveKeepsTheEdit()
{
    GuiFixture gui(u"gui_seller_editor"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    TestDatabase& db = gui.db();
    auto app = gui.signInToShop(Role::Seller, 20);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QVERIFY(window->showScreen(u"listingsPage"_s));
    auto* page = window->findChild<ListingsPage*>(u"listingsPage"_s);
    ListingTableModel* model = page->model();
    auto* view = page->findChild<QTableView*>(u"listingsView"_s);
    auto* status = page->findChild<QLabel*>(u"listingsStatus"_s);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    const qint64 productId = model->rowAt(0)->productId;
    auto description = [&] {
        return db.admin()
            .queryOne(u"SELECT description FROM hexastore.products WHERE id = ?"_s, {productId})
            ->value(0)
            .toString();
    };
    const QString savedDescription = description();
    const qint64 variants =
        db.admin()
            .queryOne(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                      {productId})
            ->value(0)
            .toLongLong();

    bool checked = false;
    const ModalAnswer editorAnswer([&](QWidget* modal) {
        auto* dialog = qobject_cast<ProductEditorDialog*>(modal);
        QVERIFY(dialog);
        auto* text = dialog->findChild<QPlainTextEdit*>(u"productDescription"_s);
        QTRY_COMPARE(text->toPlainText(), savedDescription);
        text->setPlainText(u"A better description"_s);
        auto* message = dialog->findChild<QLabel*>(u"editorMessage"_s);
        auto* table = dialog->findChild<QTableView*>(u"variantEditor"_s);
        auto* variantModel = qobject_cast<VariantTableModel*>(table->model());
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);

        // A new variant has no price; saving says so and opens its price.
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addVariant"_s), Qt::LeftButton);
        const int added = variantModel->rowCount() - 1;
        const QModelIndex newPrice = variantModel->index(added, VariantTableModel::Price);
        QCOMPARE(newPrice.data().toString(), u"enter a price"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(u"price"_s));
        QVERIFY(dialog->isVisible());

        // 12.345 is refused as typed and kept in the cell to be corrected.
        QTRY_VERIFY(qobject_cast<QLineEdit*>(table->indexWidget(newPrice)));
        auto* cell = qobject_cast<QLineEdit*>(table->indexWidget(newPrice));
        cell->setText(u"12.345"_s);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(message->text().contains(u"is not a price"_s));
        QTRY_VERIFY(qobject_cast<QLineEdit*>(table->indexWidget(newPrice)));
        cell = qobject_cast<QLineEdit*>(table->indexWidget(newPrice));
        QCOMPARE(cell->text(), u"12.345"_s);
        QCOMPARE(newPrice.data(Qt::EditRole).toLongLong(), 0);
        cell->setText(u"12.34"_s);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_COMPARE(newPrice.data(Qt::EditRole).toLongLong(), 1234);

        // The variant has no SKU: the database-side check refuses the save.
        // The dialog, the edit and Save's focus stay; nothing was written.
        QSignalSpy finished(dialog, &ProductEditorDialog::saveFinished);
        save->setFocus();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(message->text().contains(u"SKU"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(save->isEnabled() && save->isDefault());
        QVERIFY(QApplication::focusWidget() !=
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel));
        QCOMPARE(text->toPlainText(), u"A better description"_s);

        // Escape asks; "Keep editing" (the default) keeps everything.
        {
            const ModalAnswer keep([](QWidget* box) {
                QCOMPARE(box->objectName(), u"confirmation"_s);
                auto* keepEditing = box->findChild<QPushButton*>(u"cancelAction"_s);
                QVERIFY(keepEditing->isDefault());
                keepEditing->click();
            });
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
        QVERIFY(dialog->isVisible());
        QCOMPARE(text->toPlainText(), u"A better description"_s);

        // Cancel asks too; "Discard changes" closes without saving.
        const ModalAnswer discard(
            [](QWidget* box) { box->findChild<QPushButton*>(u"confirmAction"_s)->click(); });
        checked = true;
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    view->selectRow(0);
    QTest::mouseClick(page->findChild<QPushButton*>(u"editProduct"_s), Qt::LeftButton);
    QTRY_VERIFY(checked);

    // Delete on the list asks first; Cancel, the default, keeps the product.
    {
        const ModalAnswer cancel([](QWidget* box) {
            QCOMPARE(box->objectName(), u"confirmation"_s);
            QCOMPARE(box->findChild<QPushButton*>(u"confirmAction"_s)->text(), u"Delete product"_s);
            box->findChild<QPushButton*>(u"cancelAction"_s)->click();
        });
        view->setFocus();
        view->selectRow(0);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(view, Qt::Key_Delete);
    }
    QVERIFY(model->rowAt(0) && model->rowAt(0)->productId == productId);
    QVERIFY(!status->text().contains(u"saved"_s));
    QCOMPARE(description(), savedDescription);
    QCOMPARE(
        db.admin()
            .queryOne(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                      {productId})
            ->value(0)
            .toLongLong(),
        variants);
}

QTEST_MAIN(TstGuiSeller)
#include "tst_gui_seller.moc"
