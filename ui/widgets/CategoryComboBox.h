#pragma once

#include "domain/Category.h"

#include <QComboBox>

// Picks a category from the tree, shown indented under its parent. With
// `anyText`, a first entry stands for "no category chosen" (id 0).
class CategoryComboBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryComboBox)
public:
    explicit CategoryComboBox(const QString& anyText = {}, QWidget* parent = nullptr);

    void setCategories(const QList<Category>& categories);
    qint64 currentCategoryId() const;
    void setCurrentCategoryId(qint64 id);

private:
    QString m_anyText;
};
