// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/dateparser.h"
#include "core/import/structure/participantid.h"
#include "core/import/structure/valuetypes.h"

#include <catch2/catch.hpp>

using namespace weft::core;

TEST_CASE("dates in the styles journals and forms use become ISO", "[structure]")
{
    const auto dmy = DateOrder::DayMonthYear;
    CHECK(parseDate("2019-03-14", dmy) == "2019-03-14");
    CHECK(parseDate("March 21, 2019", dmy) == "2019-03-21");
    CHECK(parseDate("21 March 2019", dmy) == "2019-03-21");
    CHECK(parseDate("21 mars 2019", dmy) == "2019-03-21");
    CHECK(parseDate("1er février 2019", dmy) == "2019-02-01");
    CHECK(parseDate("14 de marzo de 2019", dmy) == "2019-03-14");
    CHECK(parseDate("Thursday, March 21st, 2019", dmy) == "2019-03-21");
    CHECK(parseDate("Mar 21 2019", dmy) == "2019-03-21");
    CHECK(parseDate("14/03/2019", dmy) == "2019-03-14");
    CHECK(parseDate("14.03.2019", dmy) == "2019-03-14");
    CHECK(parseDate("03/04/2019", dmy) == "2019-04-03");
    CHECK(parseDate("03/04/2019", DateOrder::MonthDayYear) == "2019-03-04");
    CHECK(parseDate("03/14/2019", dmy) == "2019-03-14"); // 14 cannot be a month
}

TEST_CASE("invalid or partial dates are not dates", "[structure]")
{
    const auto dmy = DateOrder::DayMonthYear;
    CHECK_FALSE(parseDate("2019-02-30", dmy));
    CHECK_FALSE(parseDate("31/04/2019", dmy));
    CHECK_FALSE(parseDate("March 2019", dmy));
    CHECK_FALSE(parseDate("14-03/2019", dmy));
    CHECK_FALSE(parseDate("I met her in March 2019 at the clinic", dmy));
    CHECK_FALSE(parseDate("", dmy));
    CHECK(parseDate("2020-02-29", dmy) == "2020-02-29");
    CHECK_FALSE(parseDate("2019-02-29", dmy));
}

TEST_CASE("journal headings may carry labels, weekdays and Markdown marks", "[structure]")
{
    const auto dmy = DateOrder::DayMonthYear;
    CHECK(parseDateHeading("## 2019-03-14", dmy) == "2019-03-14");
    CHECK(parseDateHeading("Entry 3 - 14/03/2019", dmy) == "2019-03-14");
    CHECK(parseDateHeading("Day 2: March 21, 2019", dmy) == "2019-03-21");
    CHECK(parseDateHeading("Week 1 – 2019-03-14", dmy) == "2019-03-14");
    CHECK(parseDateHeading("Monday 18 March 2019:", dmy) == "2019-03-18");
    CHECK_FALSE(parseDateHeading("On 2019-03-14 we met at the community centre and talked.", dmy));
}

TEST_CASE("participant ids are 1-3 letters and 1-4 digits, found in file names", "[structure]")
{
    CHECK(isParticipantId("P03"));
    CHECK(isParticipantId("FG1"));
    CHECK(isParticipantId("ABC1234"));
    CHECK_FALSE(isParticipantId("ABCD1"));
    CHECK_FALSE(isParticipantId("P12345"));
    CHECK_FALSE(isParticipantId("03"));
    CHECK_FALSE(isParticipantId("P03a"));
    CHECK(participantIdFromFileName("P03.docx") == "P03");
    CHECK(participantIdFromFileName("J_P03.txt") == "P03");
    CHECK(participantIdFromFileName("/data/interviews/site-B P12 final.txt") == "P12");
    CHECK(participantIdFromFileName("interview_2019.txt") == std::nullopt);
    CHECK(participantIdFromFileName("notes.txt") == std::nullopt);
}

TEST_CASE("typed values: numbers, dates, booleans and the inferred column type", "[structure]")
{
    const auto dmy = DateOrder::DayMonthYear;
    CHECK(asNumber("42") == "42");
    CHECK(asNumber(" 3,5 ") == "3.5");
    CHECK_FALSE(asNumber("1,000,000"));
    CHECK_FALSE(asNumber("nan"));
    CHECK_FALSE(asNumber("4 stars"));
    CHECK(asBoolean("Yes") == "true");
    CHECK(asBoolean("non") == "false");
    CHECK(asDate("2019-03-14 00:00:00", dmy) == "2019-03-14");
    CHECK(inferAttributeType({"1", "2", "", "5"}, dmy) == weft::core::AttributeType::Number);
    CHECK(inferAttributeType({"yes", "no", "Yes"}, dmy) == weft::core::AttributeType::Boolean);
    CHECK(inferAttributeType({"2019-03-14", "21/03/2019"}, dmy) == weft::core::AttributeType::Date);
    CHECK(inferAttributeType({"Northside", "Riverside"}, dmy) == weft::core::AttributeType::Text);
    CHECK(inferAttributeType({"", ""}, dmy) == weft::core::AttributeType::Text);
}
