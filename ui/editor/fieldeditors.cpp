#include "ui/editor/fieldeditors.h"

#include "models/displaytext.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QTimeZone>

namespace {
QHBoxLayout *bareLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

// --- STRING ---------------------------------------------------------------------------------

LineFieldEditor::LineFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldEditor::submitRequested);
}

QVariant LineFieldEditor::value() const
{
    return m_edit->text();
}

void LineFieldEditor::setValue(const QVariant &value)
{
    if (m_edit->text() != value.toString())
        m_edit->setText(value.toString());
}

QWidget *LineFieldEditor::input() const
{
    return m_edit;
}

void LineFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- TEXT -----------------------------------------------------------------------------------

TextFieldEditor::TextFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QPlainTextEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    // Tab moves on to the next field instead of typing a tab character (keyboard users).
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked())
            Q_EMIT edited();
    });
}

QVariant TextFieldEditor::value() const
{
    return m_edit->toPlainText();
}

void TextFieldEditor::setValue(const QVariant &value)
{
    if (m_edit->toPlainText() == value.toString())
        return;
    const QSignalBlocker blocker(this);
    m_edit->setPlainText(value.toString());
}

QWidget *TextFieldEditor::input() const
{
    return m_edit;
}

void TextFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- INT / DOUBLE ---------------------------------------------------------------------------

NumberFieldEditor::NumberFieldEditor(Kind kind, QWidget *parent)
    : FieldEditor(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    // The validator only keeps out characters that can never make a number; range and format
    // errors are the model's to report, under the field, in words.
    const QString pattern = kind == Kind::Integer ? QStringLiteral("[+-]?[0-9]*")
                                                  : QStringLiteral("[+-]?[0-9]*([.,][0-9]*)?([eE][+-]?[0-9]*)?");
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_edit));
    m_edit->setPlaceholderText(tr("Empty"));
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldEditor::submitRequested);
}

QVariant NumberFieldEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QVariant();
    bool ok = false;
    const QLocale locale;
    if (m_kind == Kind::Integer) {
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    double d = locale.toDouble(text, &ok);
    if (!ok)
        d = text.toDouble(&ok);
    return ok ? QVariant(d) : QVariant(text);
}

void NumberFieldEditor::setValue(const QVariant &value)
{
    QString text;
    if (value.isValid() && !value.isNull()) {
        if (value.typeId() == QMetaType::QString)
            text = value.toString(); // unparsed text the user typed, kept as typed
        else if (m_kind == Kind::Integer)
            text = QString::number(value.toLongLong());
        else
            text = QLocale().toString(value.toDouble(), 'g', 15);
    }
    // Re-formatting what the user is typing would move the cursor under their fingers.
    if (value != this->value())
        m_edit->setText(text);
}

QWidget *NumberFieldEditor::input() const
{
    return m_edit;
}

void NumberFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

// --- BOOLEAN --------------------------------------------------------------------------------

BoolFieldEditor::BoolFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_check(new QCheckBox(this))
{
    bareLayout(this)->addWidget(m_check);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::clicked, this, &FieldEditor::edited);
}

QVariant BoolFieldEditor::value() const
{
    return m_check->isChecked();
}

void BoolFieldEditor::setValue(const QVariant &value)
{
    m_check->setChecked(value.toBool());
}

QWidget *BoolFieldEditor::input() const
{
    return m_check;
}

void BoolFieldEditor::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
}

// --- DATETIME -------------------------------------------------------------------------------

DateTimeFieldEditor::DateTimeFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_setCheck(new QCheckBox(tr("Set"), this))
    , m_edit(new QDateTimeEdit(this))
{
    auto *layout = bareLayout(this);
    layout->addWidget(m_setCheck);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_setCheck);
    m_setCheck->setObjectName(QStringLiteral("dateTimeSetCheck"));
    m_setCheck->setToolTip(tr("Uncheck to leave the date not set"));
    m_edit->setObjectName(QStringLiteral("dateTimeEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setSpecialValueText(tr("Not set"));
    updateFormat(QTime(0, 0));
    updateEnabled();
    connect(m_setCheck, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked && m_edit->dateTime() == m_edit->minimumDateTime()) {
            // A date, not "now": today at midnight, with the year ready to be typed over, so
            // that 1985 is four keystrokes away instead of hundreds of months in the calendar.
            m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0)));
            m_edit->setFocus(Qt::OtherFocusReason);
            m_edit->setCurrentSection(QDateTimeEdit::YearSection);
        }
        updateEnabled();
        Q_EMIT edited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!signalsBlocked() && m_setCheck->isChecked())
            Q_EMIT edited();
    });
}

QVariant DateTimeFieldEditor::value() const
{
    if (!m_setCheck->isChecked())
        return QVariant();
    return m_edit->dateTime().toUTC();
}

void DateTimeFieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(this);
    const QDateTime dt = value.toDateTime();
    const bool isSet = value.isValid() && !value.isNull() && dt.isValid();
    m_setCheck->setChecked(isSet);
    if (isSet && m_edit->dateTime() != dt.toLocalTime()) {
        updateFormat(dt.toLocalTime().time());
        m_edit->setDateTime(dt.toLocalTime());
    }
    updateEnabled();
}

void DateTimeFieldEditor::updateFormat(const QTime &time)
{
    // A value with a time of day shows and edits it; a plain date (midnight) shows none.
    const QString format = time == QTime(0, 0)
        ? DisplayText::dateFormat()
        : DisplayText::dateFormat() + QLatin1Char(' ') + DisplayText::timeFormat();
    if (m_edit->displayFormat() != format)
        m_edit->setDisplayFormat(format);
}

QWidget *DateTimeFieldEditor::input() const
{
    return m_edit;
}

void DateTimeFieldEditor::setReadOnly(bool readOnly)
{
    m_setCheck->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
}

void DateTimeFieldEditor::updateEnabled()
{
    m_edit->setEnabled(m_setCheck->isChecked());
    // At its minimum the editor shows the special value text, "Not set", instead of a made-up date.
    if (!m_setCheck->isChecked()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDateTime(m_edit->minimumDateTime());
    }
}

// --- read-only ------------------------------------------------------------------------------

ReadOnlyFieldEditor::ReadOnlyFieldEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    // Read-only but still focusable: keyboard and screen-reader users can reach and copy it.
    m_edit->setReadOnly(true);
    m_edit->setFrame(false);
}

QVariant ReadOnlyFieldEditor::value() const
{
    return m_value;
}

void ReadOnlyFieldEditor::setValue(const QVariant &value)
{
    m_value = value;
    m_edit->setText(m_format && value.typeId() == QMetaType::QString ? m_format(value.toString()) : displayText(value));
    m_edit->setCursorPosition(0);
}

QWidget *ReadOnlyFieldEditor::input() const
{
    return m_edit;
}

QString ReadOnlyFieldEditor::displayText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("Not set");
    return DisplayText::value(value);
}
