using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedPersistedOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersistedOperations",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Bytes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersistedOperations", x => x.Hash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersistedOperations_CreatedAt",
                table: "PersistedOperations",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersistedOperations");
        }
    }
}
