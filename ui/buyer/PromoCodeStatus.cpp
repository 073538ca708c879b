#include "PromoCodeStatus.h"

#include "domain/CartQuote.h"
#include "ui/widgets/MessageLabel.h"

#include <QLocale>

void PromoCodeStatus::show(MessageLabel* label, const QString& code, const CartQuote& quote)
{
    if (code.trimmed().isEmpty())
        label->clear();
    else if (quote.promoProblem)
        label->showError(quote.promoProblem->message());
    else
        label->showSuccess(
            tr("“%1” applies: you save %2.")
                .arg(code.trimmed().toUpper(), quote.discount.toDisplayString(QLocale())));
}
