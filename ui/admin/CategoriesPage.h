#pragma once

#include "domain/ServiceError.h"

#include "ui/common/Screen.h"

#include <QWidget>

struct AppServices;
class BrandListModel;
class CatalogAdminService;
class CategoryTreeModel;
class MessageLabel;
class QLabel;
class QListView;
class QTreeView;

// Administrators edit the category tree (add, rename, move, delete when
// empty) and the brands.
class CategoriesPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPage)
public:
    CategoriesPage(AppServices& services, CatalogAdminService& admin, QWidget* parent = nullptr);

    void refresh() override;

    CategoryTreeModel* categories() const { return m_categories; }
    BrandListModel* brands() const { return m_brands; }

signals:
    void changed(); // after every successful change

private:
    void reload();
    void addCategory(bool child);
    void renameCategory();
    void moveCategory();
    void deleteCategory();
    void addBrand();
    void renameBrand();
    void deleteBrand();
    qint64 selectedCategory() const;
    void finish(const VoidResult& result, const QString& success);
    void say(const QString& text, bool isError);

    AppServices& m_services;
    CatalogAdminService& m_admin;
    CategoryTreeModel* m_categories;
    BrandListModel* m_brands;
    QTreeView* m_tree;
    QListView* m_brandView;
    MessageLabel* m_status;
};
