#include "ProductDetailDialog.h"

#include "ProductEditorDialog.h"
#include "services/AppServices.h"
#include "services/WhenReady.h"
#include "VariantTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProductDetailDialog::ProductDetailDialog(AppServices& services, qint64 productId, bool moderator,
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
{
    setObjectName(u"productDetailDialog"_s);
    setWindowTitle(tr("Product"));
    resize(860, 560);
    m_title->setObjectName(u"productTitle"_s);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(u"font-size: 14pt; font-weight: bold;"_s);
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
    m_variantView->setColumnHidden(VariantTableModel::Active, true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_image);
    left->addWidget(m_thumbnails);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_meta);
    right->addWidget(m_variantView, 1);
    right->addWidget(m_description, 1);
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
        connect(m_moderate, &QPushButton::clicked, this, [this, productId] {
            m_moderate->setEnabled(false);
            whenReady(m_services.listings.setProductsActive({productId}, !m_active), this,
                      [this](const Result<int>& changed) {
                          if (!changed) {
                              m_message->setText(changed.error().message());
                              m_message->show();
                              m_moderate->setEnabled(true);
                              return;
                          }
                          accept();
                      });
        });
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
}

void ProductDetailDialog::show(const ProductDetail& p)
{
    setWindowTitle(p.name);
    m_title->setText(p.active ? p.name : tr("%1 (hidden)").arg(p.name));
    m_active = p.active;
    if (m_moderate) {
        m_moderate->setText(p.active ? tr("Hide listing") : tr("Show listing"));
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
