#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <string>

namespace safeledger {

// A grid (网格) as a record: the area of a town, a park or another unit that one or a few grid
// officers (网格员, 监管员) look after. Its units and officers are its members, each from a day and
// until a day (GridMember), so that moving a unit to another grid keeps where it was before.
struct Grid : Record
{
    int64_t orgId = 0; // the unit the grid belongs to (a town, a park)
    std::string name;
    std::string note;
};

// A unit assigned to a grid, or an officer serving in it, from `startsOn` through `endsOn` (open
// while unset). Exactly one of orgId and personId. A unit is in at most one grid on any day; an
// officer may serve in several grids at once.
struct GridMember : Record
{
    int64_t gridId = 0;
    std::optional<int64_t> orgId;
    std::optional<int64_t> personId;
    Date startsOn;
    std::optional<Date> endsOn;

    bool isUnit() const { return orgId.has_value(); }
    bool coversDay(const Date& day) const { return startsOn <= day && (!endsOn || day <= *endsOn); }
};

// A name and the unit it belongs to.
void validate(const Grid& grid);
// A grid, exactly one of a unit and an officer, a first day, and a last day not before it.
void validate(const GridMember& member);

} // namespace safeledger
