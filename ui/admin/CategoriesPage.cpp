#include "CategoriesPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/TableActions.h"

#include "ui/widgets/MessageLabel.h"
#include <QGridLayout>

#include "db/WhenReady.h"
#include "models/BrandListModel.h"
#include "models/CategoryTreeModel.h"
#include "models/ModelRoles.h"
#include "services/AppServices.h"
#include "services/catalog/CatalogAdminService.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

CategoriesPage::CategoriesPage(AppServices& services, CatalogAdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_admin(admin)
    , m_categories(new CategoryTreeModel(this))
    , m_brands(new BrandListModel(this))
    , m_tree(new QTreeView(this))
    , m_brandView(new QListView(this))
    , m_status(new MessageLabel(this))
{
    setObjectName(u"categoriesPage"_s);
    m_tree->setObjectName(u"categoryTree"_s);
    m_tree->setModel(m_categories);
    m_tree->header()->hide();
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_brandView->setObjectName(u"brandList"_s);
    m_brandView->setModel(m_brands);
    m_brandView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(u"categoriesStatus"_s);
    m_status->setWordWrap(true);

    auto* categoryBox = new QGroupBox(tr("Categories"), this);
    auto* categoryButtons = new QGridLayout; // two rows: narrow enough in any language
    QPushButton* addRoot =
        WidgetHelpers::namedButton(this, tr("Add top level…"), u"addRootCategory"_s);
    QPushButton* addChild =
        WidgetHelpers::namedButton(this, tr("Add below…"), u"addChildCategory"_s);
    QPushButton* rename = WidgetHelpers::namedButton(this, tr("Rename…"), u"renameCategory"_s);
    QPushButton* move = WidgetHelpers::namedButton(this, tr("Move to…"), u"moveCategory"_s);
    QPushButton* remove = WidgetHelpers::namedButton(this, tr("Delete"), u"deleteCategory"_s);
    int at = 0;
    for (QPushButton* b : {addRoot, addChild, rename, move, remove}) {
        categoryButtons->addWidget(b, at / 3, at % 3);
        ++at;
    }
    // The same actions on the lists' context menus and keys.
    TableActions::addButton(m_tree, addChild);
    TableActions::addButton(m_tree, rename, QKeySequence(Qt::Key_F2));
    TableActions::addButton(m_tree, move);
    TableActions::addButton(m_tree, remove, QKeySequence::Delete);
    auto* categoryLayout = new QVBoxLayout(categoryBox);
    categoryLayout->addWidget(m_tree, 1);
    categoryLayout->addLayout(categoryButtons);

    auto* brandBox = new QGroupBox(tr("Brands"), this);
    auto* brandButtons = new QHBoxLayout;
    QPushButton* addBrand = WidgetHelpers::namedButton(this, tr("Add…"), u"addBrand"_s);
    QPushButton* renameBrand = WidgetHelpers::namedButton(this, tr("Rename…"), u"renameBrand"_s);
    QPushButton* deleteBrand = WidgetHelpers::namedButton(this, tr("Delete"), u"deleteBrand"_s);
    for (QPushButton* b : {addBrand, renameBrand, deleteBrand})
        brandButtons->addWidget(b);
    TableActions::addButton(m_brandView, renameBrand, QKeySequence(Qt::Key_F2));
    TableActions::addButton(m_brandView, deleteBrand, QKeySequence::Delete);
    auto* brandLayout = new QVBoxLayout(brandBox);
    brandLayout->addWidget(m_brandView, 1);
    brandLayout->addLayout(brandButtons);

    auto* columns = new QHBoxLayout;
    columns->addWidget(categoryBox, 3);
    columns->addWidget(brandBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);

    connect(addRoot, &QPushButton::clicked, this, [this] { addCategory(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { addCategory(true); });
    connect(rename, &QPushButton::clicked, this, &CategoriesPage::renameCategory);
    connect(move, &QPushButton::clicked, this, &CategoriesPage::moveCategory);
    connect(remove, &QPushButton::clicked, this, &CategoriesPage::deleteCategory);
    connect(addBrand, &QPushButton::clicked, this, &CategoriesPage::addBrand);
    connect(renameBrand, &QPushButton::clicked, this, &CategoriesPage::renameBrand);
    connect(deleteBrand, &QPushButton::clicked, this, &CategoriesPage::deleteBrand);
    reload();
}

void CategoriesPage::say(const QString& text, bool isError)
{
    if (isError)
        m_status->showError(text);
    else
        m_status->showInfo(text);
}

void CategoriesPage::reload()
{
    const qint64 keep = selectedCategory();
    whenReady(m_services.catalog.categories(), this,
              [this, keep](const Result<QList<Category>>& categories) {
                  if (!categories) {
                      say(categories.error().message(), true);
                      return;
                  }
                  m_categories->setCategories(*categories);
                  m_tree->expandAll();
                  if (const QModelIndex again = m_categories->indexOf(keep); again.isValid())
                      m_tree->setCurrentIndex(again);
              });
    whenReady(m_services.catalog.brands(), this, [this](const Result<QList<Brand>>& brands) {
        if (brands)
            m_brands->setBrands(*brands);
        else
            say(brands.error().message(), true);
    });
}

qint64 CategoriesPage::selectedCategory() const
{
    return m_categories->categoryId(m_tree->currentIndex());
}

void CategoriesPage::finish(const VoidResult& result, const QString& success)
{
    if (!result) {
        say(result.error().message(), true);
        return;
    }
    say(success, false);
    reload();
    emit changed();
}

void CategoriesPage::addCategory(bool child)
{
    const qint64 parent = child ? selectedCategory() : 0;
    if (child && parent == 0) {
        say(tr("Select the category to add below."), true);
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    whenReady(m_admin.createCategory(parent, name), this, [this, name](const Result<qint64>& id) {
        finish(id ? VoidResult{} : VoidResult(std::unexpected(id.error())),
               tr("Added the category \"%1\".").arg(name.trimmed()));
    });
}

void CategoriesPage::renameCategory()
{
    const qint64 id = selectedCategory();
    if (!id) {
        say(tr("Select a category first."), true);
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename category"), tr("Name:"), QLineEdit::Normal,
                              m_tree->currentIndex().data().toString(), &ok);
    if (!ok)
        return;
    whenReady(m_admin.renameCategory(id, name), this, [this](const VoidResult& result) {
        finish(result, tr("The category was renamed."));
    });
}

void CategoriesPage::moveCategory()
{
    const qint64 id = selectedCategory();
    if (!id) {
        say(tr("Select a category first."), true);
        return;
    }
    // Every other category, by path; the database refuses a move below itself.
    QStringList choices{tr("(top level)")};
    QList<qint64> ids{0};
    std::function<void(const QModelIndex&, const QString&)> walk = [&](const QModelIndex& parent,
                                                                       const QString& path) {
        for (int row = 0; row < m_categories->rowCount(parent); ++row) {
            const QModelIndex index = m_categories->index(row, 0, parent);
            const QString here = path.isEmpty() ? index.data().toString()
                                                : path + u" › "_s + index.data().toString();
            if (m_categories->categoryId(index) != id) {
                choices << here;
                ids << m_categories->categoryId(index);
                walk(index, here);
            }
        }
    };
    walk({}, {});
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Move category"), tr("Move below:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = ids.at(choices.indexOf(choice));
    whenReady(m_admin.moveCategory(id, target), this,
              [this](const VoidResult& result) { finish(result, tr("The category was moved.")); });
}

void CategoriesPage::deleteCategory()
{
    const qint64 id = selectedCategory();
    if (!id) {
        say(tr("Select a category first."), true);
        return;
    }
    if (!Confirmation::ask(this, tr("Delete category"),
                           tr("Delete the category “%1”? Only an empty category can be deleted.")
                               .arg(m_tree->currentIndex().data().toString()),
                           tr("Delete category")))
        return;
    whenReady(m_admin.deleteCategory(id), this, [this](const VoidResult& result) {
        finish(result, tr("The category was deleted."));
    });
}

void CategoriesPage::addBrand()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New brand"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    whenReady(m_admin.createBrand(name), this, [this, name](const Result<qint64>& id) {
        finish(id ? VoidResult{} : VoidResult(std::unexpected(id.error())),
               tr("Added the brand \"%1\".").arg(name.trimmed()));
    });
}

void CategoriesPage::renameBrand()
{
    const Brand* brand = m_brands->brandAt(m_brandView->currentIndex().row());
    if (!brand) {
        say(tr("Select a brand first."), true);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename brand"), tr("Name:"),
                                               QLineEdit::Normal, brand->name, &ok);
    if (!ok)
        return;
    whenReady(m_admin.renameBrand(brand->id, name), this,
              [this](const VoidResult& result) { finish(result, tr("The brand was renamed.")); });
}

void CategoriesPage::deleteBrand()
{
    const Brand* brand = m_brands->brandAt(m_brandView->currentIndex().row());
    if (!brand) {
        say(tr("Select a brand first."), true);
        return;
    }
    if (!Confirmation::ask(this, tr("Delete brand"),
                           tr("Delete the brand “%1”? A brand that products still carry is kept.")
                               .arg(brand->name),
                           tr("Delete brand")))
        return;
    whenReady(m_admin.deleteBrand(brand->id), this,
              [this](const VoidResult& result) { finish(result, tr("The brand was deleted.")); });
}

void CategoriesPage::refresh()
{
    reload();
}
