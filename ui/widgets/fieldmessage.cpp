#include "ui/widgets/fieldmessage.h"

#include "ui/widgets/statuspalette.h"

#include <QLineEdit>

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    StatusPalette::markAsErrorText(this);
    hide(); // no message yet
}

void FieldMessage::setField(QWidget *field, QWidget *caption)
{
    if (field == m_field && caption == m_caption)
        return;
    const QString shown = message();
    if (!shown.isEmpty())
        StatusPalette::setErrorState(m_caption, m_field, QString());
    m_field = field;
    m_caption = caption;
    if (!shown.isEmpty())
        StatusPalette::setErrorState(m_caption, m_field, shown);
}

void FieldMessage::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    StatusPalette::setErrorState(m_caption, m_field, message);
}

void FieldMessage::focusField()
{
    if (!m_field)
        return;
    m_field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(m_field.data()))
        edit->selectAll();
}
