// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/participantid.h"

#include <cctype>

namespace weft::core {

bool isParticipantId(std::string_view token)
{
    std::size_t letters = 0;
    while (letters < token.size() && std::isalpha(static_cast<unsigned char>(token[letters])))
        ++letters;
    const std::size_t digits = token.size() - letters;
    if (letters < 1 || letters > 3 || digits < 1 || digits > 4)
        return false;
    for (std::size_t i = letters; i < token.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(token[i])))
            return false;
    }
    return true;
}

std::optional<std::string> participantIdFromFileName(std::string_view fileName)
{
    const std::size_t slash = fileName.find_last_of("/\\");
    if (slash != std::string_view::npos)
        fileName.remove_prefix(slash + 1);
    const std::size_t dot = fileName.rfind('.');
    if (dot != std::string_view::npos && dot > 0)
        fileName = fileName.substr(0, dot);
    std::size_t start = 0;
    while (start <= fileName.size()) {
        std::size_t end = fileName.find_first_of("_-. ", start);
        if (end == std::string_view::npos)
            end = fileName.size();
        const std::string_view token = fileName.substr(start, end - start);
        if (isParticipantId(token))
            return std::string(token);
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace weft::core
