#include "CatalogPage.h"

#include "db/WhenReady.h"
#include "models/ProductTableModel.h"
#include "ProductDetailDialog.h"
#include "services/AppServices.h"
#include "ui/widgets/CategoryComboBox.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CatalogPage::CatalogPage(AppServices& services, ProductDetailDialog::Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_mode(mode)
    , m_moderator(mode == ProductDetailDialog::Mode::Moderate)
    , m_model(new ProductTableModel(services.catalog, &services.images, this))
    , m_search(new QLineEdit(this))
    , m_category(new CategoryComboBox(tr("All categories"), this))
    , m_brand(new QComboBox(this))
    , m_minPrice(new QLineEdit(this))
    , m_maxPrice(new QLineEdit(this))
    , m_inStock(new QCheckBox(tr("In stock only"), this))
    , m_sort(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_notice(new MessageLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"catalogPage"_s);
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search products — typos are fine"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_search->setMinimumWidth(200);
    m_category->setObjectName(u"categoryFilter"_s);
    for (QComboBox* combo : {static_cast<QComboBox*>(m_category), m_brand}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_brand->setObjectName(u"brandFilter"_s);
    m_brand->addItem(tr("All brands"), qint64(0));
    for (QLineEdit* price : {m_minPrice, m_maxPrice}) {
        price->setMinimumWidth(80);
        price->setMaximumWidth(100);
        price->setMaxLength(16);
        price->setAlignment(Qt::AlignRight);
    }
    m_minPrice->setObjectName(u"minPrice"_s);
    m_minPrice->setPlaceholderText(tr("Min price"));
    m_maxPrice->setObjectName(u"maxPrice"_s);
    m_maxPrice->setPlaceholderText(tr("Max price"));
    m_inStock->setObjectName(u"inStockOnly"_s);
    m_sort->setObjectName(u"sortOrder"_s);
    m_sort->addItem(tr("Best match"), int(ProductSort::Relevance));
    m_sort->addItem(tr("Newest first"), int(ProductSort::Newest));
    m_sort->addItem(tr("Price: low to high"), int(ProductSort::PriceAscending));
    m_sort->addItem(tr("Price: high to low"), int(ProductSort::PriceDescending));
    m_sort->addItem(tr("Name"), int(ProductSort::Name));
    m_sort->addItem(tr("Best rated"), int(ProductSort::Rating));
    m_sort->setCurrentIndex(1);
    m_status->setObjectName(u"catalogStatus"_s);
    m_notice->setObjectName(u"catalogNotice"_s);
    m_notice->hide();

    m_view->setObjectName(u"catalogView"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(ProductTableModel::Added, Qt::DescendingOrder);
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->setIconSize(QSize(48, 36));
    m_view->verticalHeader()->setDefaultSectionSize(40);
    m_view->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    m_view->setColumnWidth(ProductTableModel::Price, 90);
    TableHeaderState::attach(m_view, u"catalog"_s);

    auto* lastPage = new QPushButton(tr("Last page"), this);
    lastPage->setObjectName(u"lastPage"_s);
    lastPage->setToolTip(tr("Show the end of the list (Ctrl+End)"));
    auto* firstPage = new QPushButton(tr("First page"), this);
    firstPage->setObjectName(u"firstPage"_s);

    // Two rows, so that a narrow window (a laptop at 200 %) still fits them.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_inStock);
    searchRow->addWidget(m_sort);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_category, 1);
    filterRow->addWidget(m_brand, 1);
    filterRow->addWidget(m_minPrice);
    filterRow->addWidget(new QLabel(u"–"_s, this));
    filterRow->addWidget(m_maxPrice);
    auto* filters = new QVBoxLayout;
    filters->addLayout(searchRow);
    filters->addLayout(filterRow);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    if (m_moderator) {
        auto* hidden = new QCheckBox(tr("Include hidden listings"), this);
        hidden->setObjectName(u"includeHidden"_s);
        footer->addWidget(hidden);
        connect(hidden, &QCheckBox::toggled, this, [this](bool on) {
            m_model->setScope(on ? ProductSearchSql::Scope::Everything
                                 : ProductSearchSql::Scope::Catalog);
        });
    }
    footer->addWidget(firstPage);
    footer->addWidget(lastPage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    // Typing waits for a pause before asking the server.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CatalogPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A new search is best read by relevance; clearing it goes back to newest.
        const auto wanted = text.trimmed().isEmpty() ? ProductSort::Newest : ProductSort::Relevance;
        const int index = m_sort->findData(int(wanted));
        if (m_sort->currentIndex() != index &&
            (wanted == ProductSort::Relevance ||
             m_sort->currentData().toInt() == int(ProductSort::Relevance)))
            m_sort->setCurrentIndex(index);
    });
    for (QLineEdit* price : {m_minPrice, m_maxPrice})
        connect(price, &QLineEdit::editingFinished, this, &CatalogPage::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    connect(m_brand, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    connect(m_inStock, &QCheckBox::toggled, this, &CatalogPage::applyFilters);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    // The header's arrow and the sort menu tell the same story.
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        QHeaderView* header = m_view->horizontalHeader();
        const QSignalBlocker quiet(header);
        switch (ProductSort(m_sort->currentData().toInt())) {
        case ProductSort::Newest:
            header->setSortIndicator(ProductTableModel::Added, Qt::DescendingOrder);
            break;
        case ProductSort::PriceAscending:
            header->setSortIndicator(ProductTableModel::Price, Qt::AscendingOrder);
            break;
        case ProductSort::PriceDescending:
            header->setSortIndicator(ProductTableModel::Price, Qt::DescendingOrder);
            break;
        case ProductSort::Name:
            header->setSortIndicator(ProductTableModel::Name, Qt::AscendingOrder);
            break;
        case ProductSort::Rating:
            header->setSortIndicator(ProductTableModel::Rating, Qt::DescendingOrder);
            break;
        case ProductSort::Relevance:
            header->setSortIndicator(-1, Qt::AscendingOrder);
            break;
        }
        header->viewport()->update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int index = m_sort->findData(int(m_model->query().effectiveSort()));
        if (index >= 0 && index != m_sort->currentIndex()) {
            const QSignalBlocker quiet(m_sort);
            m_sort->setCurrentIndex(index);
        }
    });
    connect(m_model, &ProductTableModel::pageLoaded, this, &CatalogPage::updateStatus);
    connect(m_model, &ProductTableModel::loadingChanged, this, &CatalogPage::updateStatus);
    connect(m_model, &ProductTableModel::loadFailed, m_status, &QLabel::setText);
    connect(lastPage, &QPushButton::clicked, m_model, &ProductTableModel::jumpToEnd);
    connect(firstPage, &QPushButton::clicked, m_model, &ProductTableModel::reload);
    auto* end = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), m_view);
    connect(end, &QShortcut::activated, m_model, &ProductTableModel::jumpToEnd);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const ProductSummary* product = m_model->productAt(index.row())) {
            emit productOpened(product->id);
            ProductDetailDialog dialog(m_services, product->id, m_mode, this);
            if (dialog.exec() == QDialog::Accepted) { // a moderator changed the listing
                m_model->reload();
                if (!dialog.outcome().isEmpty())
                    m_notice->showSuccess(dialog.outcome());
            }
        }
    });

    whenReady(m_services.catalog.categories(), this,
              [this](const Result<QList<Category>>& categories) {
                  if (categories)
                      m_category->setCategories(*categories);
              });
    whenReady(m_services.catalog.brands(), this, [this](const Result<QList<Brand>>& brands) {
        if (!brands)
            return;
        for (const Brand& brand : *brands)
            m_brand->addItem(brand.name, brand.id);
    });
    // A buyer who opens the catalog wants to type what they are looking for.
    setFocusProxy(m_search);
    applyFilters();
}

void CatalogPage::applyFilters()
{
    m_debounce->stop();
    ProductQuery query;
    query.text = m_search->text().trimmed();
    if (const qint64 category = m_category->currentCategoryId())
        query.categoryId = category;
    if (const qint64 brand = m_brand->currentData().toLongLong())
        query.brandId = brand;
    const QLocale locale;
    QStringList problems;
    for (auto [edit, target] :
         {std::pair{m_minPrice, &query.minPrice}, std::pair{m_maxPrice, &query.maxPrice}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (auto money = Money::fromUserText(text, locale); money && money->cents() >= 0)
            *target = money;
        else
            problems << tr("\"%1\" is not a price; write it like %2.")
                            .arg(text, Money::fromCents(1999).toString(locale));
    }
    query.inStockOnly = m_inStock->isChecked();
    query.sort = ProductSort(m_sort->currentData().toInt());
    if (!problems.isEmpty()) {
        m_status->setText(problems.join(u' '));
        return;
    }
    m_model->setQuery(query);
}

void CatalogPage::updateStatus()
{
    if (m_model->isLoading()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_status->setText(m_model->query().text.isEmpty()
                              ? tr("No products match these filters.")
                              : tr("Nothing found. Try fewer words or other filters."));
    } else if (m_model->isShowingEnd()) {
        m_status->setText(tr("The last %n product(s) of the list.", nullptr, rows));
    } else {
        m_status->setText(m_model->canFetchMore({})
                              ? tr("%n product(s) shown; scroll for more.", nullptr, rows)
                              : tr("%n product(s).", nullptr, rows));
    }
}

void CatalogPage::refresh()
{
    m_model->reload();
}
