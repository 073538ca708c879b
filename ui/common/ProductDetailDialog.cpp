#include "ProductDetailDialog.h"
#include "ui/widgets/CheckedSpinBox.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/WidgetHelpers.h"

#include "db/WhenReady.h"
#include "models/ModelRoles.h"
#include "models/ProductTableModel.h"
#include "models/VariantTableModel.h"
#include "services/AppServices.h"
#include "ui/buyer/ReviewDialog.h"
#include "ui/seller/ProductEditorDialog.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductDetailDialog::ProductDetailDialog(AppServices& services, qint64 productId, Mode mode,
                                         QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_image(new QLabel(this))
    , m_thumbnails(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_message(new QLabel(tr("Loading…"), this))
    , m_variants(new VariantTableModel(false, this))
    , m_variantView(new QTableView(this))
    , m_rating(new QLabel(this))
    , m_reviews(new QListWidget(this))
    , m_writeReview(new QPushButton(tr("Write a review…"), this))
    , m_productId(productId)
{
    const bool moderator = mode == Mode::Moderate;
    setObjectName(u"productDetailDialog"_s);
    setWindowTitle(tr("Product"));
    resize(860, 560);
    m_title->setObjectName(u"productTitle"_s);
    m_title->setWordWrap(true);
    WidgetHelpers::emphasize(m_title, 1.4);
    m_meta->setWordWrap(true);
    m_image->setObjectName(u"productImage"_s);
    m_image->setFixedSize(400, 300);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setStyleSheet(u"background: palette(base); border: 1px solid palette(mid);"_s);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(64, 48));
    m_thumbnails->setFixedHeight(70);
    m_thumbnails->setFlow(QListView::LeftToRight);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_variantView->setObjectName(u"variantsView"_s);
    m_variantView->setModel(m_variants);
    m_variantView->verticalHeader()->hide();
    m_variantView->horizontalHeader()->setSectionResizeMode(VariantTableModel::Options,
                                                            QHeaderView::Stretch);
    m_variantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_variantView->setColumnHidden(VariantTableModel::Active, true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_image);
    left->addWidget(m_thumbnails);
    left->addStretch();
    m_rating->setObjectName(u"productRating"_s);
    m_reviews->setObjectName(u"reviewList"_s);
    m_reviews->setWordWrap(true);
    m_reviews->setMaximumHeight(140);
    m_reviews->hide();
    m_writeReview->setObjectName(u"writeReview"_s);
    m_writeReview->hide();
    auto* ratingRow = new QHBoxLayout;
    ratingRow->addWidget(m_rating, 1);
    ratingRow->addWidget(m_writeReview);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_meta);
    right->addWidget(m_variantView, 1);
    if (mode == Mode::Shop) {
        m_quantity = new CheckedSpinBox(this);
        m_quantity->setObjectName(u"cartQuantity"_s);
        m_quantity->setValue(1);
        m_addToCart = new QPushButton(tr("Add to cart"), this);
        m_addToCart->setObjectName(u"addToCart"_s);
        m_addToCart->setEnabled(false);
        m_addToCart->setDefault(true);
        m_cartMessage = new MessageLabel(this);
        m_cartMessage->setObjectName(u"cartMessage"_s);
        connect(m_quantity, &CheckedSpinBox::problemChanged, m_cartMessage,
                [this](const QString& problem) {
                    if (problem.isEmpty())
                        m_cartMessage->hide();
                    else
                        m_cartMessage->showError(problem);
                });
        auto* buyRow = new QHBoxLayout;
        buyRow->addWidget(new QLabel(tr("Quantity:"), this));
        buyRow->addWidget(m_quantity);
        buyRow->addWidget(m_addToCart);
        buyRow->addWidget(m_cartMessage, 1);
        right->addLayout(buyRow);
        connect(m_addToCart, &QPushButton::clicked, this, &ProductDetailDialog::addToCart);
        connect(m_variantView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ProductDetailDialog::variantChanged);
    }
    right->addWidget(m_description, 1);
    right->addLayout(ratingRow);
    right->addWidget(m_reviews);
    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (moderator) {
        // Administrators edit any product in the same editor sellers use.
        QPushButton* edit = buttons->addButton(tr("Edit product…"), QDialogButtonBox::ActionRole);
        edit->setObjectName(u"editListing"_s);
        connect(edit, &QPushButton::clicked, this, [this, productId] {
            ProductEditorDialog editor(m_services, m_services.listings, productId, this);
            if (editor.exec() == QDialog::Accepted)
                accept();
        });
        m_moderate = buttons->addButton(tr("Hide listing"), QDialogButtonBox::ActionRole);
        m_moderate->setObjectName(u"moderateListing"_s);
        m_moderate->setEnabled(false);
        connect(m_moderate, &QPushButton::clicked, this, &ProductDetailDialog::moderate);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showImage(m_thumbnails->item(row)->data(Qt::UserRole).toByteArray());
    });

    whenReady(m_services.catalog.product(productId), this,
              [this](const Result<ProductDetail>& product) {
                  if (!product) {
                      m_message->setText(product.error().message());
                      return;
                  }
                  m_message->hide();
                  show(*product);
              });
    connect(m_writeReview, &QPushButton::clicked, this, [this] {
        ReviewDialog dialog(m_services.reviews, m_productId, m_myReview, this);
        if (dialog.exec() == QDialog::Accepted)
            loadReviews();
    });
    loadReviews();
}

void ProductDetailDialog::moderate()
{
    const bool show = !m_active;
    ReasonDialog ask(show ? tr("Show listing") : tr("Hide listing"),
                     show ? tr("“%1” goes back into the catalog, and the seller's note about why "
                               "it was hidden goes away.")
                                .arg(m_name)
                          : tr("“%1” is taken out of the catalog. Its seller sees your reason "
                               "and cannot list it again until an administrator shows it.")
                                .arg(m_name),
                     show ? tr("Show listing") : tr("Hide listing"), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    m_moderate->setEnabled(false);
    whenReady(m_services.listings.moderate(m_productId, show, ask.reason()), this,
              [this, show](const VoidResult& done) {
                  if (!done) {
                      m_message->setText(done.error().message());
                      m_message->show();
                      m_moderate->setEnabled(true);
                      return;
                  }
                  m_outcome =
                      show
                          ? tr("“%1” is back in the catalog.").arg(m_name)
                          : tr("“%1” is hidden from the catalog; its seller sees why.").arg(m_name);
                  accept();
              });
}

void ProductDetailDialog::variantChanged()
{
    const QModelIndexList rows = m_variantView->selectionModel()->selectedRows();
    const ProductVariant* v = rows.isEmpty() ? nullptr : m_variants->variantAt(rows.first().row());
    const bool buyable = v && v->stock > 0;
    m_quantity->setAllowedRange(
        1, buyable ? v->stock : 1,
        buyable ? tr("Enter a quantity from 1 to %n, the stock; you wrote %1.", nullptr, v->stock)
                : QString());
    m_quantity->setEnabled(buyable);
    m_addToCart->setEnabled(buyable);
    m_addToCart->setToolTip(v && !buyable ? tr("Sold out") : QString());
}

void ProductDetailDialog::addToCart()
{
    const QModelIndexList rows = m_variantView->selectionModel()->selectedRows();
    const ProductVariant* v = rows.isEmpty() ? nullptr : m_variants->variantAt(rows.first().row());
    if (!v)
        return;
    if (const QString problem = m_quantity->problem(); !problem.isEmpty()) {
        m_cartMessage->showError(problem);
        m_quantity->setFocus();
        return;
    }
    const int quantity = m_quantity->value();
    m_addToCart->setEnabled(false);
    whenReady(m_services.cart.add(v->id, quantity), this,
              [this, quantity](const Result<int>& added) {
                  m_addToCart->setEnabled(true);
                  if (!added) {
                      m_cartMessage->showError(added.error().message());
                      return;
                  }
                  m_cartMessage->showSuccess(
                      tr("Added %1 to your cart (%2 in it now).").arg(quantity).arg(*added));
              });
}

void ProductDetailDialog::loadReviews()
{
    whenReady(m_services.reviews.reviews(m_productId), this,
              [this](const Result<ReviewService::ProductReviews>& result) {
                  if (!result)
                      return; // the product view works without them
                  const QLocale locale;
                  m_reviews->clear();
                  m_myReview = Review();
                  for (const Review& r : result->reviews) {
                      if (r.mine)
                          m_myReview = r;
                      QString line =
                          QString(r.rating, QChar(0x2605)) + u"  "_s + r.author + u", "_s +
                          locale.toString(r.createdAt.toLocalTime().date(), QLocale::ShortFormat);
                      if (!r.comment.isEmpty())
                          line += u"\n"_s + r.comment;
                      m_reviews->addItem(line);
                  }
                  m_rating->setText(result->ratingCount
                                        ? ProductTableModel::ratingText(result->ratingHundredths,
                                                                        result->ratingCount)
                                        : tr("No reviews yet"));
                  m_reviews->setVisible(!result->reviews.isEmpty());
                  const bool mine = m_myReview.id != 0;
                  m_writeReview->setVisible(result->canReview || mine);
                  m_writeReview->setText(mine ? tr("Edit your review…") : tr("Write a review…"));
              });
}

void ProductDetailDialog::show(const ProductDetail& p)
{
    setWindowTitle(p.name);
    m_name = p.name;
    m_title->setText(p.active ? p.name : tr("%1 (hidden)").arg(p.name));
    // "Show" lifts an administrator's hiding; a listing its seller hid can
    // still be hidden by an administrator, so that it stays out.
    m_active = !p.moderated;
    if (m_moderate) {
        m_moderate->setText(p.moderated ? tr("Show listing") : tr("Hide listing"));
        m_moderate->setEnabled(true);
    }
    QStringList meta;
    if (!p.brand.isEmpty())
        meta << tr("Brand: %1").arg(p.brand.toHtmlEscaped());
    meta << tr("Category: %1").arg(p.categoryPath.toHtmlEscaped());
    if (!p.seller.isEmpty())
        meta << tr("Sold by %1").arg(p.seller.toHtmlEscaped());
    m_meta->setText(meta.join(u"<br>"_s));
    m_description->setText(p.description);
    QList<ProductVariant> forSale;
    for (const ProductVariant& v : p.variants) {
        if (v.active)
            forSale.append(v);
    }
    m_variants->setVariants(forSale);
    if (m_quantity && !forSale.isEmpty())
        m_variantView->selectRow(0);
    for (int column : {int(VariantTableModel::Sku), int(VariantTableModel::Price),
                       int(VariantTableModel::Stock)})
        m_variantView->resizeColumnToContents(column);
    if (p.imageSha256s.isEmpty()) {
        m_image->setText(tr("No picture"));
        m_thumbnails->hide();
        return;
    }
    for (const QByteArray& sha : p.imageSha256s) {
        auto* item = new QListWidgetItem(m_thumbnails);
        item->setData(Qt::UserRole, sha);
        const QImage thumb = m_services.images.thumbnail(sha);
        if (!thumb.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(thumb)));
    }
    m_thumbnails->setVisible(p.imageSha256s.size() > 1);
    m_thumbnails->setCurrentRow(0);
}

void ProductDetailDialog::showImage(const QByteArray& sha256)
{
    whenReady(m_services.catalog.images({sha256}, false), this,
              [this, sha256](const Result<QHash<QByteArray, QByteArray>>& images) {
                  QImage image;
                  if (images && images->contains(sha256) &&
                      image.loadFromData(images->value(sha256))) {
                      m_image->setPixmap(QPixmap::fromImage(image).scaled(
                          m_image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
                  } else {
                      m_image->setText(tr("The picture could not be loaded."));
                  }
              });
}
