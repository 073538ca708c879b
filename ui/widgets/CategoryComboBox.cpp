#include "CategoryComboBox.h"

#include <QMultiHash>

#include <functional>

using namespace Qt::StringLiterals;

CategoryComboBox::CategoryComboBox(const QString& anyText, QWidget* parent)
    : QComboBox(parent)
    , m_anyText(anyText)
{}

void CategoryComboBox::setCategories(const QList<Category>& categories)
{
    const qint64 keep = currentCategoryId();
    clear();
    if (!m_anyText.isEmpty())
        addItem(m_anyText, qint64(0));
    QMultiHash<qint64, const Category*> children;
    for (const Category& c : categories)
        children.insert(c.parentId, &c);
    std::function<void(qint64, int)> addLevel = [&](qint64 parent, int depth) {
        QList<const Category*> level = children.values(parent);
        std::sort(level.begin(), level.end(),
                  [](const Category* a, const Category* b) { return a->name < b->name; });
        for (const Category* c : level) {
            addItem(QString(depth * 4, u' ') + c->name, c->id);
            addLevel(c->id, depth + 1);
        }
    };
    addLevel(0, 0);
    setCurrentCategoryId(keep);
}

qint64 CategoryComboBox::currentCategoryId() const
{
    return currentData().toLongLong();
}

void CategoryComboBox::setCurrentCategoryId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}
