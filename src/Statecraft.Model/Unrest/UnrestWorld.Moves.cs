using System.Diagnostics;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <content>Movement (rule M), arrests (rule C) and release (§5.6–§5.7).</content>
internal sealed partial class UnrestWorld
{
    // Rejection draws before the exact fallback scan; either path gives a uniform empty site.
    private const int RejectionTries = 8;

    private void MoveAgent<TRandom>(int i, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var x = _x[i];
        var y = _y[i];
        if (!TryRandomEmptySite(x, y, _agentVision, _agentSteps, rng, out var nx, out var ny))
        {
            return;
        }

        if (_siteLists)
        {
            // The new site's list head is a random line on a large lattice; ask for it while the old site is updated.
            Prefetch.Line(ref _head[(ny * _options.Width) + nx]);
        }

        var active = _state[i] == Active;
        _lattice.Add(Lattice.Occupied, x, y, -1);
        AddFree(x, y, -1);
        UnlinkAgent(i);
        _x[i] = nx;
        _y[i] = ny;
        LinkAgent(i);
        _lattice.Add(Lattice.Occupied, nx, ny, 1);
        AddFree(nx, ny, 1);
        if (active)
        {
            _lattice.Add(Lattice.Actives, x, y, -1);
            _lattice.Add(Lattice.Actives, nx, ny, 1);
            MarkActive(i);
        }
    }

    // The free-agent counts feed only the local-scope legitimacy laws; other runs skip them.
    private void AddFree(int x, int y, int delta)
    {
        if (_localLegitimacy is not null)
        {
            _lattice.Add(Lattice.Free, x, y, delta);
        }
    }

    private void MoveCop<TRandom>(int c, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        if (TryRandomEmptySite(_copX[c], _copY[c], _copVision, _copSteps, rng, out var nx, out var ny))
        {
            PlaceCop(c, nx, ny);
        }
    }

    private void PlaceCop(int c, int nx, int ny)
    {
        _lattice.Add(Lattice.Occupied, _copX[c], _copY[c], -1);
        _lattice.Add(Lattice.Cops, _copX[c], _copY[c], -1);
        _copX[c] = nx;
        _copY[c] = ny;
        _lattice.Add(Lattice.Occupied, nx, ny, 1);
        _lattice.Add(Lattice.Cops, nx, ny, 1);
    }

    /// <summary>Draws a uniformly random empty site in the open neighbourhood of (x, y); false when none is empty.</summary>
    /// <remarks>
    /// <paramref name="steps"/> holds each cell's storage offset dy·stride + dx from the own site: away from the top and
    /// bottom rows no row wraps, so a draw reads its cell at one add (the halo absorbs the columns that wrap).
    /// </remarks>
    private bool TryRandomEmptySite<TRandom>(int x, int y, VisionNeighbourhood vision, int[] steps, TRandom rng, out int nx, out int ny)
        where TRandom : struct, IRandomSource
    {
        var dxs = vision.OffsetDx.AsSpan();
        var dys = vision.OffsetDy.AsSpan();
        var cells = dxs.Length;
        nx = ny = -1;
        if (cells == 0)
        {
            return false;
        }

        var lattice = _lattice;
        var reach = vision.Reach;
        if (y >= reach && y < lattice.Height - reach)
        {
            var centre = lattice.Index(x, y);
            var grid = lattice.Cells;
            for (var t = 0; t < RejectionTries; t++)
            {
                var k = rng.NextInt(cells);
                if ((grid[centre + steps[k]] & 0xF) == 0)
                {
                    nx = lattice.WrapX(x + dxs[k]);
                    ny = y + dys[k];
                    return true;
                }
            }
        }
        else
        {
            for (var t = 0; t < RejectionTries; t++)
            {
                var k = rng.NextInt(cells);
                var yy = lattice.WrapY(y + dys[k]);
                if (lattice.IsEmpty(lattice.Index(x + dxs[k], yy)))
                {
                    nx = lattice.WrapX(x + dxs[k]);
                    ny = yy;
                    return true;
                }
            }
        }

        return ScanForEmptySite(x, y, vision, rng, out nx, out ny);
    }

    /// <summary>The exact fallback of <see cref="TryRandomEmptySite"/>: counts the empty cells, draws one of them and finds it, in the order of the vision's offsets.</summary>
    /// <remarks>
    /// The offsets run row by row (dy ascending, then dx ascending), so the cells are counted one row segment at a time
    /// with vector compares, and only the row that holds the drawn cell is walked cell by cell. The own site is not an
    /// offset: it is left out of the count (the mover blocks it in every variant, but that is not relied on).
    /// </remarks>
    private bool ScanForEmptySite<TRandom>(int x, int y, VisionNeighbourhood vision, TRandom rng, out int nx, out int ny)
        where TRandom : struct, IRandomSource
    {
        var lattice = _lattice;
        var reach = vision.Reach;
        var half = vision.RowHalfWidths.AsSpan();
        var ownEmpty = lattice.IsEmpty(lattice.Index(x, y)) ? 1 : 0;
        var empty = -ownEmpty;
        for (var dy = -reach; dy <= reach; dy++)
        {
            var h = half[dy + reach];
            empty += lattice.CountEmpty(lattice.Index(x - h, lattice.WrapY(y + dy)), (2 * h) + 1);
        }

        nx = ny = -1;
        if (empty == 0)
        {
            return false;
        }

        var pick = rng.NextInt(empty);
        for (var dy = -reach; dy <= reach; dy++)
        {
            var h = half[dy + reach];
            var yy = lattice.WrapY(y + dy);
            var start = lattice.Index(x - h, yy);
            var inRow = lattice.CountEmpty(start, (2 * h) + 1) - (dy == 0 ? ownEmpty : 0);
            if (pick >= inRow)
            {
                pick -= inRow;
                continue;
            }

            for (var dx = -h; dx <= h; dx++)
            {
                if ((dx != 0 || dy != 0) && lattice.IsEmpty(start + h + dx) && pick-- == 0)
                {
                    nx = lattice.WrapX(x + dx);
                    ny = yy;
                    return true;
                }
            }
        }

        throw new InvalidOperationException("Unreachable: an empty site was counted but not found.");
    }

    /// <summary>Rule C: the cop arrests one free active in its closed neighbourhood, chosen uniformly.</summary>
    private void ActCop<TRandom>(int c, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var x = _copX[c];
        var y = _copY[c];
        var count = _lattice.SumClosed(Lattice.Actives, x, y, _copVision);
        if (count == 0)
        {
            return;
        }

        var pick = rng.NextInt(count);
        var reach = _copVision.Reach;
        var half = _copVision.RowHalfWidths.AsSpan();
        var cells = _lattice.Cells;
        for (var dy = -reach; dy <= reach; dy++)
        {
            var yy = _lattice.WrapY(y + dy);
            var h = half[dy + reach];
            for (var dx = -h; dx <= h; dx++)
            {
                var here = (cells[_lattice.Index(x + dx, yy)] >> Lattice.Actives) & 0xF;
                if (pick >= here)
                {
                    pick -= here;
                    continue;
                }

                var site = (yy * _options.Width) + _lattice.WrapX(x + dx);
                if (!_siteLists)
                {
                    // One free actor per site: the active counted here is the one last marked here.
                    Debug.Assert(_state[_activeAt[site]] == Active && (_y[_activeAt[site]] * _options.Width) + _x[_activeAt[site]] == site, "The active map is current.");
                    Arrest(_activeAt[site], c, rng);
                    return;
                }

                var agent = _head[site];
                while (true)
                {
                    if (_state[agent] == Active && pick-- == 0)
                    {
                        Arrest(agent, c, rng);
                        return;
                    }

                    agent = _next[agent];
                }
            }
        }

        throw new InvalidOperationException("Unreachable: an active was counted but not found.");
    }

    private void Arrest<TRandom>(int i, int cop, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var x = _x[i];
        var y = _y[i];
        _state[i] = Jailed;
        ActiveCount--;
        JailedCount++;
        _lattice.Add(Lattice.Actives, x, y, -1);
        AddFree(x, y, -1);
        _term[i] = JailTermDistribution.Draw(_options.JailTerm, _options.MaxJailTerm, ref rng);
        switch (_options.JailPlacement)
        {
            case JailPlacement.OffLattice:
                _lattice.Add(Lattice.Occupied, x, y, -1);
                _x[i] = -1;
                _y[i] = -1;
                break;
            case JailPlacement.OnLatticeEmpty:
                _lattice.Add(Lattice.Occupied, x, y, -1);
                break;
            default:
                break;
        }

        ArrestsThisTick++;
        CumulativeArrests++;
        if (_localLegitimacy is not null)
        {
            _lattice.Add(_lattice.ArrestMarks, 0, x, y, 1);
            _arrestSites.Add((y * _options.Width) + x);
        }

        if (_options.CopStepsOntoArrest)
        {
            PlaceCop(cop, x, y);
        }
    }

    private void Release<TRandom>(int i, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        switch (_options.JailPlacement)
        {
            case JailPlacement.OffLattice:
                if (!TryRandomEmptySiteAnywhere(rng, out var x, out var y))
                {
                    // No room: stay jailed with term 0 and try again at the next countdown.
                    return;
                }

                _x[i] = x;
                _y[i] = y;
                _lattice.Add(Lattice.Occupied, x, y, 1);
                break;
            case JailPlacement.OnLatticeEmpty:
                _lattice.Add(Lattice.Occupied, _x[i], _y[i], 1);
                break;
            default:
                break;
        }

        AddFree(_x[i], _y[i], 1);
        _state[i] = Quiet;
        JailedCount--;
    }

    private bool TryRandomEmptySiteAnywhere<TRandom>(TRandom rng, out int x, out int y)
        where TRandom : struct, IRandomSource
    {
        var width = _options.Width;
        var sites = width * _options.Height;
        for (var t = 0; t < 4 * RejectionTries; t++)
        {
            var s = rng.NextInt(sites);
            x = s % width;
            y = s / width;
            if (_lattice.IsEmpty(_lattice.Index(x, y)))
            {
                return true;
            }
        }

        var empty = 0;
        for (var s = 0; s < sites; s++)
        {
            if (_lattice.IsEmpty(_lattice.Index(s % width, s / width)))
            {
                empty++;
            }
        }

        x = y = -1;
        if (empty == 0)
        {
            return false;
        }

        var pick = rng.NextInt(empty);
        for (var s = 0; s < sites; s++)
        {
            if (_lattice.IsEmpty(_lattice.Index(s % width, s / width)) && pick-- == 0)
            {
                x = s % width;
                y = s / width;
                return true;
            }
        }

        throw new InvalidOperationException("Unreachable: an empty site was counted but not found.");
    }
}
