#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& text,
                       const QString& verb, const QString& keep)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmation"_s);
    box.setTextFormat(Qt::PlainText); // texts quote names users typed
    QPushButton* act = box.addButton(verb, QMessageBox::DestructiveRole);
    act->setObjectName(u"confirmAction"_s);
    QPushButton* cancel = keep.isEmpty() ? box.addButton(QMessageBox::Cancel)
                                         : box.addButton(keep, QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelAction"_s);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == act;
}
