#include "ProductEditorDialog.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/MessageLabel.h"

#include "db/WhenReady.h"
#include "models/VariantTableModel.h"
#include "services/AppServices.h"
#include "services/catalog/ListingService.h"
#include "services/media/ImageDownloader.h"
#include "ui/widgets/CategoryComboBox.h"
#include "ui/widgets/MoneyDelegate.h"
#include "ui/widgets/StockDelegate.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductEditorDialog::ProductEditorDialog(AppServices& services, ListingService& listings,
                                         qint64 productId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_listings(listings)
    , m_downloader(new ImageDownloader(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new CategoryComboBox(tr("Choose a category…"), this))
    , m_brand(new QComboBox(this))
    , m_active(new QCheckBox(tr("Show in the catalog"), this))
    , m_variants(new VariantTableModel(true, this))
    , m_variantView(new QTableView(this))
    , m_images(new QListWidget(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"productEditor"_s);
    setWindowTitle(productId ? tr("Edit product") : tr("New product"));
    resize(820, 640);
    m_draft.id = productId;
    m_name->setObjectName(u"productName"_s);
    m_name->setMaxLength(200);
    m_description->setObjectName(u"productDescription"_s);
    m_description->setTabChangesFocus(true);
    m_category->setObjectName(u"productCategory"_s);
    m_brand->setObjectName(u"productBrand"_s);
    m_brand->addItem(tr("No brand"), qint64(0));
    m_active->setObjectName(u"productActive"_s);
    m_active->setChecked(true);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    m_variantView->setObjectName(u"variantEditor"_s);
    m_variantView->setModel(m_variants);
    m_cellDelegates = {new MoneyDelegate(this), new StockDelegate(this)};
    m_variantView->setItemDelegateForColumn(VariantTableModel::Price, m_cellDelegates.at(0));
    m_variantView->setItemDelegateForColumn(VariantTableModel::Stock, m_cellDelegates.at(1));
    for (CheckedDelegate* delegate : std::as_const(m_cellDelegates))
        connect(delegate, &CheckedDelegate::inputRefused, this, &ProductEditorDialog::showError);
    for (CheckedDelegate* delegate : std::as_const(m_cellDelegates))
        connect(delegate, &CheckedDelegate::inputAccepted, m_message, &QWidget::hide);
    m_variantView->verticalHeader()->hide();
    m_variantView->setWordWrap(false);
    m_variantView->horizontalHeader()->setSectionResizeMode(VariantTableModel::Options,
                                                            QHeaderView::Stretch);
    m_variantView->setColumnWidth(VariantTableModel::Sku, 160);
    m_variantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* addVariant = new QPushButton(tr("Add variant"), this);
    addVariant->setObjectName(u"addVariant"_s);
    auto* removeVariant = new QPushButton(tr("Remove variant"), this);
    removeVariant->setObjectName(u"removeVariant"_s);

    m_images->setObjectName(u"productImages"_s);
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(96, 72));
    m_images->setFixedHeight(112);
    m_images->setFlow(QListView::LeftToRight);
    m_images->setMovement(QListView::Snap);
    m_images->setDragDropMode(QAbstractItemView::InternalMove);
    m_images->setToolTip(
        tr("Drag to change the order; the first picture is the one the catalog shows."));
    auto* fromFile = new QPushButton(tr("Add picture…"), this);
    fromFile->setObjectName(u"addImageFile"_s);
    auto* fromUrl = new QPushButton(tr("Add from web address…"), this);
    fromUrl->setObjectName(u"addImageUrl"_s);
    auto* removeImage = new QPushButton(tr("Remove picture"), this);
    removeImage->setObjectName(u"removeImage"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(QString(), m_active);
    form->addRow(tr("Description:"), m_description);
    auto* variantButtons = new QHBoxLayout;
    variantButtons->addStretch();
    variantButtons->addWidget(addVariant);
    variantButtons->addWidget(removeVariant);
    auto* imageButtons = new QHBoxLayout;
    imageButtons->addStretch();
    imageButtons->addWidget(fromFile);
    imageButtons->addWidget(fromUrl);
    imageButtons->addWidget(removeImage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(new QLabel(
        tr("Variants (SKU, options like \"size: M, colour: blue\", price, stock):"), this));
    layout->addWidget(m_variantView, 1);
    layout->addLayout(variantButtons);
    layout->addWidget(new QLabel(tr("Pictures (JPEG, PNG or WebP, at most 5 MB each):"), this));
    layout->addWidget(m_images);
    layout->addLayout(imageButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(addVariant, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = m_variants->addVariant();
        m_variantView->setCurrentIndex(cell);
        m_variantView->edit(cell);
    });
    connect(removeVariant, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_variantView->currentIndex();
        if (current.isValid())
            m_variants->removeRows(current.row(), 1);
    });
    connect(fromFile, &QPushButton::clicked, this, &ProductEditorDialog::addImageFromFile);
    connect(fromUrl, &QPushButton::clicked, this, &ProductEditorDialog::askForUrl);
    connect(removeImage, &QPushButton::clicked, this, [this] { delete m_images->currentItem(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductEditorDialog::reject);
    // Every change the user makes counts, so that closing asks first.
    connect(m_name, &QLineEdit::textEdited, this, &ProductEditorDialog::markChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductEditorDialog::markChanged);
    connect(m_category, &QComboBox::activated, this, &ProductEditorDialog::markChanged);
    connect(m_brand, &QComboBox::activated, this, &ProductEditorDialog::markChanged);
    connect(m_active, &QCheckBox::clicked, this, &ProductEditorDialog::markChanged);
    connect(m_variants, &QAbstractItemModel::dataChanged, this, &ProductEditorDialog::markChanged);
    connect(m_variants, &QAbstractItemModel::rowsInserted, this, &ProductEditorDialog::markChanged);
    connect(m_variants, &QAbstractItemModel::rowsRemoved, this, &ProductEditorDialog::markChanged);
    connect(m_images->model(), &QAbstractItemModel::rowsInserted, this,
            &ProductEditorDialog::markChanged);
    connect(m_images->model(), &QAbstractItemModel::rowsRemoved, this,
            &ProductEditorDialog::markChanged);
    connect(m_images->model(), &QAbstractItemModel::rowsMoved, this,
            &ProductEditorDialog::markChanged);

    whenReady(m_services.catalog.categories(), this,
              [this](const Result<QList<Category>>& categories) {
                  if (categories) {
                      const qint64 keep = m_draft.categoryId;
                      m_category->setCategories(*categories);
                      m_category->setCurrentCategoryId(keep);
                  }
              });
    whenReady(m_services.catalog.brands(), this, [this](const Result<QList<Brand>>& brands) {
        if (!brands)
            return;
        for (const Brand& brand : *brands)
            m_brand->addItem(brand.name, brand.id);
        m_brand->setCurrentIndex(std::max(0, m_brand->findData(m_draft.brandId)));
    });
    if (productId) {
        setLoading(true);
        whenReady(m_services.catalog.product(productId), this,
                  [this](const Result<ProductDetail>& product) {
                      setLoading(false);
                      if (product)
                          load(*product);
                      else
                          showError(product.error().message());
                  });
    } else {
        m_filling = true;
        m_variants->addVariant();
        m_filling = false;
    }
}

void ProductEditorDialog::markChanged()
{
    if (!m_filling)
        m_changed = true;
}

void ProductEditorDialog::load(const ProductDetail& p)
{
    m_filling = true;
    m_draft.version = p.version;
    m_draft.categoryId = p.categoryId;
    m_draft.brandId = p.brandId;
    m_name->setText(p.name);
    m_description->setPlainText(p.description);
    m_category->setCurrentCategoryId(p.categoryId);
    m_brand->setCurrentIndex(std::max(0, m_brand->findData(p.brandId)));
    m_active->setChecked(p.active);
    m_variants->setVariants(p.variants);
    for (const QByteArray& sha : p.imageSha256s)
        appendImage(sha);
    m_filling = false;
}

void ProductEditorDialog::appendImage(const QByteArray& sha256)
{
    auto* item = new QListWidgetItem(m_images);
    item->setData(Qt::UserRole, sha256);
    item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    const QImage thumb = m_services.images.thumbnail(sha256);
    if (!thumb.isNull()) {
        item->setIcon(QIcon(QPixmap::fromImage(thumb)));
        return;
    }
    // Not cached yet: the icon arrives with the thumbnail.
    connect(&m_services.images, &ImageCache::thumbnailReady, item->listWidget(),
            [this, sha256](const QByteArray& ready) {
                if (ready != sha256)
                    return;
                for (int i = 0; i < m_images->count(); ++i) {
                    if (m_images->item(i)->data(Qt::UserRole).toByteArray() == sha256)
                        m_images->item(i)->setIcon(
                            QIcon(QPixmap::fromImage(m_services.images.thumbnail(sha256))));
                }
            });
}

void ProductEditorDialog::addImageBytes(const QByteArray& bytes)
{
    setLoading(true);
    whenReady(m_listings.addImage(bytes), this, [this](const Result<QByteArray>& sha) {
        setLoading(false);
        if (!sha) {
            showError(sha.error().message());
            emit imageRefused(sha.error().message());
            return;
        }
        m_message->hide();
        appendImage(*sha);
        emit imageAdded(*sha);
    });
}

void ProductEditorDialog::addImageFromFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add picture"), QString(),
                                     tr("Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > 5 * 1024 * 1024) {
        showError(tr("The file is larger than 5 MB."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    addImageBytes(file.readAll());
}

void ProductEditorDialog::askForUrl()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Add from web address"), tr("Address of the picture:"),
                              QLineEdit::Normal, u"https://"_s, &ok);
    if (ok)
        addImageFromUrl(url.trimmed());
}

void ProductEditorDialog::addImageFromUrl(const QString& url)
{
    setLoading(true);
    whenReady(m_downloader->fetch(QUrl(url, QUrl::StrictMode)), this,
              [this](const Result<QByteArray>& bytes) {
                  setLoading(false);
                  if (!bytes) {
                      showError(bytes.error().message());
                      emit imageRefused(bytes.error().message());
                      return;
                  }
                  addImageBytes(*bytes);
              });
}

void ProductEditorDialog::showError(const QString& message)
{
    m_message->showError(message);
}

void ProductEditorDialog::setLoading(bool loading)
{
    // Only while the product or a picture loads; a save in flight keeps Save
    // enabled (and the focus on it), so Enter never lands on Cancel.
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!loading);
    setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
}

bool ProductEditorDialog::confirmDiscard()
{
    return !m_changed || Confirmation::ask(this, tr("Discard changes?"),
                                           tr("The changes to this product have not been saved."),
                                           tr("Discard changes"), tr("Keep editing"));
}

void ProductEditorDialog::reject()
{
    if (m_saving || !confirmDiscard())
        return;
    QDialog::reject();
}

void ProductEditorDialog::closeEvent(QCloseEvent* event)
{
    if (m_saving || !confirmDiscard()) {
        event->ignore();
        return;
    }
    m_changed = false; // asked already: reject() must not ask again
    QDialog::closeEvent(event);
}

void ProductEditorDialog::save()
{
    if (m_saving)
        return;
    m_variantView->setCurrentIndex({}); // commit an open editor
    for (const CheckedDelegate* delegate : std::as_const(m_cellDelegates)) {
        if (delegate->holdsRefusedInput())
            return; // its reason is shown; the cell is open again
    }
    const int unpriced = m_variants->firstUnpricedRow();
    if (unpriced >= 0) {
        showError(tr("Give every variant a price: the one in row %1 has none.").arg(unpriced + 1));
        const QModelIndex cell = m_variants->index(unpriced, VariantTableModel::Price);
        m_variantView->setCurrentIndex(cell);
        m_variantView->edit(cell);
        emit saveFinished(false);
        return;
    }
    m_draft.name = m_name->text();
    m_draft.description = m_description->toPlainText();
    m_draft.categoryId = m_category->currentCategoryId();
    m_draft.brandId = m_brand->currentData().toLongLong();
    m_draft.active = m_active->isChecked();
    m_draft.variants = m_variants->variants();
    m_draft.imageSha256s.clear();
    for (int i = 0; i < m_images->count(); ++i)
        m_draft.imageSha256s << m_images->item(i)->data(Qt::UserRole).toByteArray();
    m_saving = true;
    m_message->showInfo(tr("Saving…"));
    whenReady(m_listings.saveProduct(m_draft), this, [this](const Result<qint64>& id) {
        m_saving = false;
        if (!id) {
            // The dialog and every edit stay; the field at fault gets the focus.
            showError(id.error().message());
            const QString field = id.error().field();
            if (field == u"name"_s)
                m_name->setFocus();
            else if (field == u"category"_s)
                m_category->setFocus();
            else if (field == u"sku"_s || field == u"price"_s || field == u"stock"_s)
                m_variantView->setFocus();
            else
                m_buttons->button(QDialogButtonBox::Save)->setFocus();
            emit saveFinished(false);
            return;
        }
        m_draft.id = *id;
        m_changed = false;
        emit saveFinished(true);
        accept();
    });
}
