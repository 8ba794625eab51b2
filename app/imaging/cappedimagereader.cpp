#include "imaging/cappedimagereader.h"

CappedImageReader::CappedImageReader(const QByteArray &bytes, const Caps &caps)
{
    if (bytes.size() > caps.maxBytes) {
        m_refusal = Refusal::TooLarge;
        return;
    }
    m_buffer.setData(bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_reader.setDevice(&m_buffer);
    m_reader.setDecideFormatFromContent(true);
    m_reader.setAutoTransform(true);
    m_reader.setAllocationLimit(caps.allocationLimitMb);
    if (!m_reader.canRead()) {
        m_refusal = Refusal::NotAnImage;
        return;
    }
    m_size = m_reader.size();
    if (m_size.isValid() && qint64(m_size.width()) * m_size.height() > caps.maxPixels)
        m_refusal = Refusal::TooManyPixels;
}
