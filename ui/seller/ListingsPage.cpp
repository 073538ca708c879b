#include "ListingsPage.h"
#include "ui/seller/ImportPreviewDialog.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ExportProgress.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableActions.h"

#include "db/WhenReady.h"
#include "ListingEditCommand.h"
#include "models/ListingTableModel.h"
#include "ProductEditorDialog.h"
#include "services/AppServices.h"
#include "services/catalog/ListingService.h"
#include "ui/widgets/MoneyDelegate.h"
#include "ui/widgets/StockDelegate.h"
#include "ui/widgets/TableHeaderState.h"

#include <QAction>
#include <QUndoStack>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListingsPage::ListingsPage(AppServices& services, ListingService& listings, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_listings(listings)
    , m_model(new ListingTableModel(listings, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new MessageLabel(this))
    , m_debounce(new QTimer(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"listingsPage"_s);
    m_filter->setObjectName(u"listingsFilter"_s);
    m_filter->setPlaceholderText(tr("Find in my listings"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(u"listingsStatus"_s);
    m_status->setWordWrap(true);

    auto* money = new MoneyDelegate(this);
    auto* stock = new StockDelegate(this);
    m_view->setObjectName(u"listingsView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("No products here yet — create one with “New product…”."));
    m_view->setItemDelegateForColumn(ListingTableModel::Price, money);
    m_view->setItemDelegateForColumn(ListingTableModel::Stock, stock);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(ListingTableModel::Product,
                                                     QHeaderView::Stretch);
    TableHeaderState::attach(m_view, u"listings"_s);

    auto* create = new QPushButton(tr("New product…"), this);
    create->setObjectName(u"newProduct"_s);
    auto* edit = new QPushButton(tr("Edit product…"), this);
    edit->setObjectName(u"editProduct"_s);
    auto* remove = new QPushButton(tr("Delete product"), this);
    remove->setObjectName(u"deleteProduct"_s);
    auto* list = new QPushButton(tr("List"), this);
    list->setObjectName(u"listSelected"_s);
    list->setToolTip(tr("Show the selected products in the catalog"));
    auto* hide = new QPushButton(tr("Hide"), this);
    hide->setObjectName(u"hideSelected"_s);
    hide->setToolTip(tr("Take the selected products out of the catalog"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"exportCsv"_s);
    auto* importButton = new QPushButton(tr("Import CSV…"), this);
    importButton->setObjectName(u"importCsv"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(create);
    top->addWidget(edit);
    top->addWidget(remove);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(list);
    bottom->addWidget(hide);
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text()); });
    for (CheckedDelegate* delegate :
         {static_cast<CheckedDelegate*>(money), static_cast<CheckedDelegate*>(stock)})
        connect(delegate, &CheckedDelegate::inputRefused, this,
                [this](const QString& message) { say(message, true); });

    // Ctrl+Z puts an in-place edit back (and saves that); Ctrl+Shift+Z redoes it.
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"undoEdit"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"redoEdit"_s);
    redo->setShortcuts(QKeySequence::Redo);
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_model, &ListingTableModel::edited, this,
            [this](qint64 variantId, int column, const QVariant& before, const QVariant& after) {
                const QString what = column == ListingTableModel::Price   ? tr("price change")
                                     : column == ListingTableModel::Stock ? tr("stock change")
                                                                          : tr("for-sale change");
                m_undo->push(
                    new ListingEditCommand(m_model, variantId, column, before, after, what));
            });
    connect(m_model, &ListingTableModel::saved, this, [this](const QString& text) { say(text); });
    connect(m_model, &ListingTableModel::loadFailed, this,
            [this](const QString& text) { say(text, true); });
    connect(m_model, &ListingTableModel::saveFailed, this,
            [this](const QString& message, bool conflict) {
                say(message, true);
                if (!conflict)
                    return;
                QMessageBox box(QMessageBox::Warning, tr("Changed meanwhile"), message,
                                QMessageBox::NoButton, this);
                box.setObjectName(u"conflictBox"_s);
                QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
                box.addButton(tr("Keep the list as it is"), QMessageBox::RejectRole);
                box.exec();
                if (box.clickedButton() == reload)
                    m_model->reload();
            });
    connect(create, &QPushButton::clicked, this, [this] { editProduct(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = m_model->productIds(selectedRows());
        if (ids.size() == 1)
            editProduct(ids.first());
        else
            say(tr("Select one product to edit."), true);
    });
    connect(remove, &QPushButton::clicked, this, &ListingsPage::deleteProduct);
    TableActions::addButton(m_view, edit);
    TableActions::addButton(m_view, list);
    TableActions::addButton(m_view, hide);
    TableActions::addButton(m_view, remove, QKeySequence::Delete);
    m_view->addAction(undo);
    m_view->addAction(redo);
    connect(list, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(hide, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(exportButton, &QPushButton::clicked, this, &ListingsPage::exportCsv);
    connect(importButton, &QPushButton::clicked, this, &ListingsPage::importCsv);
    m_model->reload();
}

QList<int> ListingsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    return rows;
}

void ListingsPage::say(const QString& text, bool isError)
{
    if (isError)
        m_status->showError(text);
    else
        m_status->showInfo(text);
}

void ListingsPage::setSelectedActive(bool active)
{
    const QList<qint64> ids = m_model->productIds(selectedRows());
    if (ids.isEmpty()) {
        say(tr("Select the products first."), true);
        return;
    }
    if (!active && !Confirmation::ask(this, tr("Hide products"),
                                      tr("Take %n product(s) out of the catalog? Buyers no longer "
                                         "find them; carts that hold them cannot check them out.",
                                         nullptr, int(ids.size())),
                                      tr("Hide")))
        return;
    whenReady(m_listings.setProductsActive(ids, active), this,
              [this, active](const Result<int>& changed) {
                  if (!changed) {
                      say(changed.error().message(), true);
                      return;
                  }
                  say(active ? tr("%n product(s) listed.", nullptr, *changed)
                             : tr("%n product(s) hidden.", nullptr, *changed));
                  m_model->reload();
              });
}

void ListingsPage::exportCsv()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/my-listings.csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export listings"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    say(tr("Exporting…"));
    ExportProgress::watch<int>(
        this, m_listings.exportCsv(path), tr("Exporting your listings…"),
        [this, path](const Result<int>* rows) {
            if (!rows)
                say(tr("The export was cancelled; no file was written."), true);
            else if (*rows)
                say(tr("Exported %n row(s) to %1.", nullptr, **rows).arg(path));
            else
                say(rows->error().message(), true);
        });
}

void ListingsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import listings"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    say(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    ExportProgress::watch<ImportPreview>(
        this, m_services.listingImport.preview(path), tr("Checking the file…"),
        [this, path](const Result<ImportPreview>* preview) {
            if (!preview) {
                say(tr("The import was cancelled; nothing was changed."), true);
                return;
            }
            if (!*preview) {
                say(preview->error().message(), true);
                return;
            }
            m_status->hide();
            ImportPreviewDialog dialog(QFileInfo(path).fileName(), **preview, this);
            if (dialog.exec() == QDialog::Accepted)
                applyImport(**preview, QFileInfo(path).fileName());
            else
                say(tr("Nothing was imported."));
        });
}

void ListingsPage::applyImport(const ImportPreview& preview, const QString& fileName)
{
    ExportProgress::watch<ImportPreview>(
        this, m_services.listingImport.apply(preview), tr("Importing your listings…"),
        [this, fileName](const Result<ImportPreview>* done) {
            if (!done) {
                say(tr("The import was cancelled; nothing was changed."), true);
                return;
            }
            if (!*done) {
                say((*done).error().message(), true);
                return;
            }
            if (!(*done)->applied) {
                // The catalog changed since the preview: nothing was written.
                say(tr("Nothing was imported: the catalog changed since the preview."), true);
                ImportPreviewDialog dialog(fileName, **done, this);
                dialog.exec();
                return;
            }
            const ImportPreview& result = **done;
            say(tr("Imported: %1 new product(s), %2 new and %3 changed variant(s).")
                    .arg(result.productsCreated)
                    .arg(result.variantsCreated)
                    .arg(result.variantsChanged));
            m_model->reload();
        });
}

void ListingsPage::editProduct(qint64 productId)
{
    m_status->hide(); // an earlier "saved" must not speak for this edit
    ProductEditorDialog editor(m_services, m_listings, productId, this);
    if (editor.exec() == QDialog::Accepted) {
        say(tr("The product was saved."));
        m_model->reload();
    }
}

void ListingsPage::deleteProduct()
{
    const QList<qint64> ids = m_model->productIds(selectedRows());
    if (ids.size() != 1) {
        say(tr("Select one product to delete."), true);
        return;
    }
    const ListingRow* row = m_model->rowAt(selectedRows().first());
    if (!Confirmation::ask(this, tr("Delete product"),
                           tr("Delete “%1” with all its variants? A product that has been ordered "
                              "is archived instead, so that order history stays whole.")
                               .arg(row->productName),
                           tr("Delete product")))
        return;
    whenReady(m_listings.deleteProduct(ids.first()), this, [this](const Result<QString>& outcome) {
        if (!outcome) {
            say(outcome.error().message(), true);
            return;
        }
        say(*outcome == u"archived"_s ? tr("The product had been ordered, so it was archived.")
                                      : tr("The product was deleted."));
        m_model->reload();
    });
}

void ListingsPage::refresh()
{
    m_model->reload();
}
